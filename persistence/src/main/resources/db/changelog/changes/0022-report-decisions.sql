--liquibase formatted sql

--changeset samverkansportalen:0022-report-decisions
-- A kommun's tertial report fastställd for its records: each decision (date, nämnd or
-- decision-maker, diarienummer) keeps the exact PDF the portal rendered then (PDF/UA-1 and
-- PDF/A-3a) and its SHA-256, and is never changed or removed. A later correction of the report is
-- a new version with its own diarienummer; the earlier versions and their bytes stay.
-- progress_report.adopted_submission: the submission the latest decision recorded (null: none);
-- while it is the report's latest submission and the report is not reopened, the report is frozen.
ALTER TABLE progress_report ADD COLUMN adopted_submission INT NULL;

CREATE TABLE report_decision (
    id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    kommun_code CHAR(4) NOT NULL,
    report_id BIGINT NOT NULL,
    number INT NOT NULL,
    submission_number INT NOT NULL,
    adopted_on DATE NOT NULL,
    decided_by VARCHAR(200) NOT NULL,
    registration_number VARCHAR(60) NOT NULL,
    recorded_by VARCHAR(200) NOT NULL,
    recorded_at DATETIME(3) NOT NULL,
    pdf LONGBLOB NOT NULL,
    pdf_sha256 CHAR(64) NOT NULL,
    CONSTRAINT uq_report_decision UNIQUE (report_id, number),
    CONSTRAINT uq_report_decision_registration UNIQUE (report_id, registration_number),
    CONSTRAINT fk_report_decision_report FOREIGN KEY (report_id) REFERENCES progress_report (id),
    CONSTRAINT fk_report_decision_kommun FOREIGN KEY (kommun_code) REFERENCES kommun (code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_swedish_ci;
