--liquibase formatted sql

--changeset samverkansportalen:0023-quality-inspection-all-departments
-- A control of the egenkontroll for every avdelning is marked, not named: the seed reader stored
-- the Swedish words "Alla avdelningar" as its avdelning, which no page in another language could
-- say otherwise. The pages and documents now say it from their message bundle.
ALTER TABLE quality_inspection ADD COLUMN all_departments BOOLEAN NOT NULL DEFAULT FALSE;
UPDATE quality_inspection SET all_departments = TRUE, department = NULL WHERE department = 'Alla avdelningar';
