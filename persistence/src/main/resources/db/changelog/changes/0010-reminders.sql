--liquibase formatted sql

--changeset samverkansportalen:0010-reminders
-- E-mail reminders about reports: each user's choice (no row = reminders on), and which reminder
-- went to which kommun for which period, so that each is sent once.
CREATE TABLE reminder_preference (
    username VARCHAR(100) NOT NULL PRIMARY KEY,
    reminders_enabled BOOLEAN NOT NULL,
    changed_at DATETIME(3) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_swedish_ci;

CREATE TABLE reminder_sent (
    id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    period_id BIGINT NOT NULL,
    kommun_code CHAR(4) NOT NULL,
    kind VARCHAR(10) NOT NULL,
    recipients INT NOT NULL,
    sent_at DATETIME(3) NOT NULL,
    CONSTRAINT uq_reminder_sent UNIQUE (period_id, kommun_code, kind),
    CONSTRAINT fk_reminder_sent_period FOREIGN KEY (period_id) REFERENCES reporting_period (id),
    CONSTRAINT fk_reminder_sent_kommun FOREIGN KEY (kommun_code) REFERENCES kommun (code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_swedish_ci;
