--liquibase formatted sql

--changeset samverkansportalen:0002-audit-entry
-- Who changed what and when, written in the same transaction as the change itself.
CREATE TABLE audit_entry (
    id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    occurred_at TIMESTAMP(3) NOT NULL,
    actor_username VARCHAR(100) NOT NULL,
    actor_name VARCHAR(200),
    actor_kommun CHAR(4),
    action VARCHAR(30) NOT NULL,
    item_type VARCHAR(40) NOT NULL,
    item_key VARCHAR(64) NOT NULL,
    item_label VARCHAR(300),
    field VARCHAR(60),
    old_value TEXT,
    new_value TEXT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_swedish_ci;

CREATE INDEX ix_audit_item ON audit_entry (item_type, item_key, occurred_at);
