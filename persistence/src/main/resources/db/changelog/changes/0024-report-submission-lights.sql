--liquibase formatted sql

--changeset samverkansportalen:0024-report-submission-lights
-- The traffic lights a kept submission gave its items, one row per lit item, beside the
-- submission's content (report_submission.content, the record as it was sent). Read across every
-- kommun by the regional lägesbild, which so reads keys and lights instead of every kommun's whole
-- submission. Written from the content itself, by the database, when a report is submitted
-- (SubmittedLights in the ejb module, the same projection as below) and here for the submissions
-- kept before this change. An item sent without a light has no row. Kommun-owned like the
-- submission; removed with it.
CREATE TABLE report_submission_light (
    submission_id BIGINT NOT NULL,
    kommun_code CHAR(4) NOT NULL,
    item_type VARCHAR(20) NOT NULL,
    item_key VARCHAR(60) NOT NULL,
    light VARCHAR(10) NOT NULL,
    CONSTRAINT pk_report_submission_light PRIMARY KEY (submission_id, item_type, item_key),
    CONSTRAINT fk_report_submission_light_submission FOREIGN KEY (submission_id) REFERENCES report_submission (id) ON DELETE CASCADE,
    CONSTRAINT fk_report_submission_light_kommun FOREIGN KEY (kommun_code) REFERENCES kommun (code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_swedish_ci;

INSERT INTO report_submission_light (submission_id, kommun_code, item_type, item_key, light)
SELECT s.id, s.kommun_code, j.item_type, j.item_key, j.light
FROM report_submission s,
     JSON_TABLE(s.content, '$.items[*]' COLUMNS (
         item_type VARCHAR(20) PATH '$.type',
         item_key VARCHAR(60) PATH '$.key',
         light VARCHAR(10) PATH '$.light')) AS j
WHERE j.light IN ('GREEN', 'YELLOW', 'RED');
