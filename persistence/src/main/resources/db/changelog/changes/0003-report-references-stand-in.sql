--liquibase formatted sql

--changeset samverkansportalen:0003-progress-report-item
-- Stand-in for the progress reports of issue 5: which aktiviteter kommuner have reported on.
-- The regional plan refuses to delete an aktivitet (or its delmål) that has rows here. Replaced
-- by the real report tables when reporting is built.
CREATE TABLE progress_report_item (
    id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    activity_item_key CHAR(36) NOT NULL,
    kommun_code CHAR(4) NOT NULL,
    period_label VARCHAR(40) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_swedish_ci;

CREATE INDEX ix_report_item_activity ON progress_report_item (activity_item_key);
