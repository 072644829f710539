--liquibase formatted sql

--changeset samverkansportalen:0016-review-rounds
-- Every step of the LBU network's review of a kommun's report, kept in order: komplettering begärd
-- (who, when, the comment, the items returned, as JSON) and granskad. Before this the report held
-- only the latest comment (progress_report.review_comment), which a second round overwrote; that
-- comment is carried over as the report's first round, its reviewer unknown (an empty name).
CREATE TABLE report_review_round (
    id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    kommun_code CHAR(4) NOT NULL,
    report_id BIGINT NOT NULL,
    number INT NOT NULL,
    outcome VARCHAR(25) NOT NULL,
    reviewer_name VARCHAR(200) NOT NULL,
    reviewed_at DATETIME(3) NOT NULL,
    comment VARCHAR(4000),
    returned_items MEDIUMTEXT NOT NULL,
    CONSTRAINT uq_report_review_round UNIQUE (report_id, number),
    CONSTRAINT fk_report_review_round_report FOREIGN KEY (report_id) REFERENCES progress_report (id) ON DELETE CASCADE,
    CONSTRAINT fk_report_review_round_kommun FOREIGN KEY (kommun_code) REFERENCES kommun (code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_swedish_ci;

INSERT INTO report_review_round (kommun_code, report_id, number, outcome, reviewer_name, reviewed_at, comment, returned_items)
SELECT kommun_code, id, 1, 'COMPLETION_REQUESTED', '', COALESCE(changed_at, CURRENT_TIMESTAMP(3)), review_comment, '[]'
FROM progress_report WHERE review_comment IS NOT NULL;
