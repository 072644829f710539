--liquibase formatted sql

--changeset samverkansportalen:0027-key-figures
-- Key figures (nyckeltal) from Kolada that a kommun follows, and their yearly values per gender
-- (T, K, M) with where each was taken from (Kolada's address or a file) and on which day.
CREATE TABLE key_figure (
    id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    kommun_code CHAR(4) NOT NULL,
    kpi VARCHAR(6) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    title VARCHAR(300) NOT NULL,
    lock_version INT NOT NULL DEFAULT 0,
    CONSTRAINT uq_key_figure_kpi UNIQUE (kommun_code, kpi),
    CONSTRAINT fk_key_figure_kommun FOREIGN KEY (kommun_code) REFERENCES kommun (code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_swedish_ci;

CREATE TABLE key_figure_value (
    id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    kommun_code CHAR(4) NOT NULL,
    key_figure_id BIGINT NOT NULL,
    year INT NOT NULL,
    gender CHAR(1) CHARACTER SET ascii NOT NULL,
    figure DECIMAL(18, 4),
    status VARCHAR(40),
    source VARCHAR(10) NOT NULL,
    source_name VARCHAR(300) NOT NULL,
    taken_on DATE NOT NULL,
    CONSTRAINT uq_key_figure_value UNIQUE (key_figure_id, year, gender),
    CONSTRAINT ck_key_figure_value_year CHECK (year BETWEEN 1990 AND 2100),
    CONSTRAINT ck_key_figure_value_gender CHECK (gender IN ('T', 'K', 'M')),
    CONSTRAINT fk_key_figure_value_figure FOREIGN KEY (key_figure_id) REFERENCES key_figure (id) ON DELETE CASCADE,
    CONSTRAINT fk_key_figure_value_kommun FOREIGN KEY (kommun_code) REFERENCES kommun (code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_swedish_ci;
--rollback DROP TABLE key_figure_value; DROP TABLE key_figure;
