--liquibase formatted sql

--changeset samverkansportalen:0004-comment
-- Discussion threads on the regional plan's delmål and aktiviteter (by item key, so a thread
-- follows its item from version to version).
CREATE TABLE plan_comment (
    id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    item_type VARCHAR(40) NOT NULL,
    item_key CHAR(36) NOT NULL,
    author_username VARCHAR(100) NOT NULL,
    author_name VARCHAR(200) NOT NULL,
    author_organisation VARCHAR(200) NOT NULL,
    body TEXT NOT NULL,
    created_at TIMESTAMP(3) NOT NULL,
    edited_at TIMESTAMP(3) NULL,
    lock_version INT NOT NULL DEFAULT 0
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_swedish_ci;

CREATE INDEX ix_comment_item ON plan_comment (item_type, item_key, created_at);
