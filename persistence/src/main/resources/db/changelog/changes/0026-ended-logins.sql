--liquibase formatted sql

--changeset samverkansportalen:0026-ended-logins
-- Keycloak login sessions ended by its back-channel logout (EndedLogin): the node that receives
-- the logout writes the login's sid here, and every node reads the new rows every few seconds to
-- end its own portal sessions of that login. Rows older than a Keycloak login can live are deleted.
CREATE TABLE ended_login (
  -- Keycloak's sids are case-sensitive (base64url): compared byte by byte.
  sid VARCHAR(255) CHARACTER SET ascii COLLATE ascii_bin NOT NULL PRIMARY KEY,
  ended_at DATETIME(6) NOT NULL,
  INDEX ix_ended_login_at (ended_at)
);
--rollback DROP TABLE ended_login;
