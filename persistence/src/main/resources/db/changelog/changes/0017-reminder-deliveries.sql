--liquibase formatted sql

--changeset samverkansportalen:0017-reminder-deliveries
-- Each reminder mail to each editor is written with a unique key before it is sent, claimed by
-- one sender and marked sent; runs that plan deliveries lock the one row of reminder_lock first.
-- Users can turn off the mails about komplettering and granskad reports too.
-- No index on sent_at: with one, MariaDB claims a delivery (UPDATE … WHERE id = ? AND sent_at IS NULL)
-- through a range of that index instead of the primary key, and parallel claims deadlock.
CREATE TABLE reminder_delivery (
    id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    period_id BIGINT NOT NULL,
    kommun_code CHAR(4) NOT NULL,
    kind VARCHAR(12) NOT NULL,
    occasion VARCHAR(40) NOT NULL,
    username VARCHAR(255) NOT NULL,
    email VARCHAR(320) NOT NULL,
    recipient_name VARCHAR(200) NOT NULL,
    created_at DATETIME(3) NOT NULL,
    claimed_at DATETIME(3) NULL,
    sent_at DATETIME(3) NULL,
    attempts INT NOT NULL,
    CONSTRAINT uq_reminder_delivery UNIQUE (period_id, kommun_code, kind, occasion, username),
    CONSTRAINT fk_reminder_delivery_period FOREIGN KEY (period_id) REFERENCES reporting_period (id),
    CONSTRAINT fk_reminder_delivery_kommun FOREIGN KEY (kommun_code) REFERENCES kommun (code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_swedish_ci;

CREATE TABLE reminder_lock (
    id INT NOT NULL PRIMARY KEY
) ENGINE=InnoDB;
INSERT INTO reminder_lock (id) VALUES (1);

ALTER TABLE reminder_preference
    ADD COLUMN completion_mails BOOLEAN NOT NULL DEFAULT TRUE,
    ADD COLUMN reviewed_mails BOOLEAN NOT NULL DEFAULT TRUE;
