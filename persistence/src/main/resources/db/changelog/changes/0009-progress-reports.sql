--liquibase formatted sql

--changeset samverkansportalen:0009-progress-report
-- A kommun's progress report per period, its items and every submission as it was sent.
-- Kommun-owned: kommun_code is written and filtered by EclipseLink's multitenancy.
CREATE TABLE progress_report (
    id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    kommun_code CHAR(4) NOT NULL,
    period_id BIGINT NOT NULL,
    status VARCHAR(25) NOT NULL,
    review_comment VARCHAR(4000),
    changed_at DATETIME(3),
    lock_version INT NOT NULL DEFAULT 0,
    CONSTRAINT uq_progress_report UNIQUE (kommun_code, period_id),
    CONSTRAINT fk_progress_report_period FOREIGN KEY (period_id) REFERENCES reporting_period (id),
    CONSTRAINT fk_progress_report_kommun FOREIGN KEY (kommun_code) REFERENCES kommun (code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_swedish_ci;

CREATE TABLE report_item (
    id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    kommun_code CHAR(4) NOT NULL,
    report_id BIGINT NOT NULL,
    position INT NOT NULL,
    item_type VARCHAR(20) NOT NULL,
    item_key VARCHAR(60) NOT NULL,
    label VARCHAR(600) NOT NULL,
    status VARCHAR(15),
    light VARCHAR(10),
    narrative TEXT,
    returned BOOLEAN NOT NULL DEFAULT FALSE,
    CONSTRAINT uq_report_item UNIQUE (report_id, item_type, item_key),
    CONSTRAINT fk_report_item_report FOREIGN KEY (report_id) REFERENCES progress_report (id) ON DELETE CASCADE,
    CONSTRAINT fk_report_item_kommun FOREIGN KEY (kommun_code) REFERENCES kommun (code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_swedish_ci;

CREATE INDEX ix_report_item_key ON report_item (item_type, item_key);

CREATE TABLE report_submission (
    id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    kommun_code CHAR(4) NOT NULL,
    report_id BIGINT NOT NULL,
    number INT NOT NULL,
    submitted_by VARCHAR(200) NOT NULL,
    submitted_at DATETIME(3) NOT NULL,
    content MEDIUMTEXT NOT NULL,
    CONSTRAINT uq_report_submission UNIQUE (report_id, number),
    CONSTRAINT fk_report_submission_report FOREIGN KEY (report_id) REFERENCES progress_report (id) ON DELETE CASCADE,
    CONSTRAINT fk_report_submission_kommun FOREIGN KEY (kommun_code) REFERENCES kommun (code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_swedish_ci;
