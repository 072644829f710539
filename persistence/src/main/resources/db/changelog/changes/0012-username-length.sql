--liquibase formatted sql

--changeset samverkansportalen:0012-username-length
-- Usernames are stored as long as Keycloak allows them (255 characters): a user with a long login
-- name could otherwise save nothing (the audit row of every change holds the username).
ALTER TABLE audit_entry MODIFY actor_username VARCHAR(255) NOT NULL;
ALTER TABLE plan_comment MODIFY author_username VARCHAR(255) NOT NULL;
ALTER TABLE reminder_preference MODIFY username VARCHAR(255) NOT NULL;
