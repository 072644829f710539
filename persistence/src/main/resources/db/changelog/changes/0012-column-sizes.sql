--liquibase formatted sql

--changeset samverkansportalen:0012-username-length
-- Usernames are stored as long as Keycloak allows them (255 characters): a user with a long login
-- name could otherwise save nothing (the audit row of every change holds the username).
ALTER TABLE audit_entry MODIFY actor_username VARCHAR(255) NOT NULL;
ALTER TABLE plan_comment MODIFY author_username VARCHAR(255) NOT NULL;
ALTER TABLE reminder_preference MODIFY username VARCHAR(255) NOT NULL;

--changeset samverkansportalen:0012-local-plan-long-texts
-- A local plan's objectives, focus areas and summary hold up to 20 000 characters (LocalPlan.TEXT_MAX);
-- in utf8mb4 that is up to 80 000 bytes, more than TEXT's 65 535.
ALTER TABLE local_plan MODIFY objectives MEDIUMTEXT;
ALTER TABLE local_plan MODIFY focus_areas MEDIUMTEXT;
ALTER TABLE local_plan MODIFY summary MEDIUMTEXT;
