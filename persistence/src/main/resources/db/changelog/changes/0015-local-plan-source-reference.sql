--liquibase formatted sql

--changeset samverkansportalen:0015-local-plan-source-reference
-- A local plan's source is a reference (kommun and diarienummer, "Uppsala (SCN-2015-0081)") that the
-- pages put into their language's words (localplan.sourceExample=Exempel från {0}); plans read in
-- before kept the Swedish phrase "Exempel från Uppsala kommun (…)".
UPDATE local_plan SET source_label = REPLACE(SUBSTRING(source_label, 14), ' kommun', '')
    WHERE source_label LIKE 'Exempel från %';
