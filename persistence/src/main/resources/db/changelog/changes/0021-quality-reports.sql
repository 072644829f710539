--liquibase formatted sql

--changeset samverkansportalen:0021-quality-reports
-- A kommun's yearly kvalitetsberättelse (SOSFS 2011:9): one per kommun and year, in sections with
-- the kommun's text, figures, lists and the controls of its egenkontroll. Every table carries the
-- owning kommun's code, written and filtered by EclipseLink's multitenancy. A fastställd
-- berättelse keeps what it showed when it was fastställd (adopted_content, JSON), drawn-in parts
-- included, and is never changed again.
CREATE TABLE quality_report (
    id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    kommun_code CHAR(4) NOT NULL,
    report_year INT NOT NULL,
    status VARCHAR(20) NOT NULL,
    adopted_on DATE,
    decided_by VARCHAR(200),
    registration_number VARCHAR(60),
    source_label VARCHAR(300),
    example BOOLEAN NOT NULL DEFAULT FALSE,
    signed_by VARCHAR(200),
    departments TEXT,
    adopted_content LONGTEXT,
    lock_version INT NOT NULL DEFAULT 0,
    CONSTRAINT uq_quality_report_year UNIQUE (kommun_code, report_year),
    CONSTRAINT ck_quality_report_year CHECK (report_year BETWEEN 2000 AND 2100),
    CONSTRAINT fk_quality_report_kommun FOREIGN KEY (kommun_code) REFERENCES kommun (code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_swedish_ci;

CREATE TABLE quality_section (
    id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    kommun_code CHAR(4) NOT NULL,
    report_id BIGINT NOT NULL,
    position INT NOT NULL,
    section_key VARCHAR(40) NOT NULL,
    kind VARCHAR(20) NOT NULL,
    title VARCHAR(300),
    text MEDIUMTEXT,
    lock_version INT NOT NULL DEFAULT 0,
    CONSTRAINT uq_quality_section_key UNIQUE (report_id, section_key),
    CONSTRAINT fk_quality_section_report FOREIGN KEY (report_id) REFERENCES quality_report (id) ON DELETE CASCADE,
    CONSTRAINT fk_quality_section_kommun FOREIGN KEY (kommun_code) REFERENCES kommun (code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_swedish_ci;

-- A figure of a section: typed (figure_value for figure_year, NULL year for a figure of no single
-- year), or drawn from a yearly indicator of the kommun (indicator_id; its values are read there).
CREATE TABLE quality_figure (
    id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    kommun_code CHAR(4) NOT NULL,
    section_id BIGINT NOT NULL,
    position INT NOT NULL,
    name VARCHAR(400) NOT NULL,
    unit VARCHAR(10) NOT NULL,
    figure_year INT,
    figure_value DECIMAL(14, 2),
    period_note VARCHAR(300),
    approximate BOOLEAN NOT NULL DEFAULT FALSE,
    indicator_id BIGINT,
    CONSTRAINT fk_quality_figure_section FOREIGN KEY (section_id) REFERENCES quality_section (id) ON DELETE CASCADE,
    CONSTRAINT fk_quality_figure_indicator FOREIGN KEY (indicator_id) REFERENCES local_indicator (id) ON DELETE SET NULL,
    CONSTRAINT fk_quality_figure_kommun FOREIGN KEY (kommun_code) REFERENCES kommun (code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_swedish_ci;

-- An entry of a section's list: ITEMS (per avdelning, with a follow-up), NOTES, PRINCIPLES,
-- FREQUENT_TYPES, FREQUENT_CAUSE_AREAS.
CREATE TABLE quality_entry (
    id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    kommun_code CHAR(4) NOT NULL,
    section_id BIGINT NOT NULL,
    list_key VARCHAR(30) NOT NULL,
    position INT NOT NULL,
    department VARCHAR(200),
    name TEXT NOT NULL,
    follow_up TEXT,
    CONSTRAINT fk_quality_entry_section FOREIGN KEY (section_id) REFERENCES quality_section (id) ON DELETE CASCADE,
    CONSTRAINT fk_quality_entry_kommun FOREIGN KEY (kommun_code) REFERENCES kommun (code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_swedish_ci;

-- A control of the egenkontroll; control areas, workstreams and starting points one per line.
CREATE TABLE quality_inspection (
    id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    kommun_code CHAR(4) NOT NULL,
    section_id BIGINT NOT NULL,
    position INT NOT NULL,
    name VARCHAR(300) NOT NULL,
    department VARCHAR(200),
    method TEXT,
    result TEXT,
    control_areas TEXT,
    workstreams TEXT,
    starting_points TEXT,
    CONSTRAINT fk_quality_inspection_section FOREIGN KEY (section_id) REFERENCES quality_section (id) ON DELETE CASCADE,
    CONSTRAINT fk_quality_inspection_kommun FOREIGN KEY (kommun_code) REFERENCES kommun (code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_swedish_ci;

CREATE INDEX ix_quality_report_kommun ON quality_report (kommun_code);
