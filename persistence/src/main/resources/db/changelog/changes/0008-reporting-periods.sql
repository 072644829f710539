--liquibase formatted sql

--changeset samverkansportalen:0008-reporting-period
-- A reporting period for every kommun: a tertial (T1–T3) or a month, with a deadline. Regional,
-- so no kommun_code: the reports of the period are the kommuner's.
CREATE TABLE reporting_period (
    id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    kind VARCHAR(10) NOT NULL,
    year INT NOT NULL,
    number INT NOT NULL,
    deadline DATE NOT NULL,
    is_open BOOLEAN NOT NULL DEFAULT TRUE,
    opened_by VARCHAR(200) NOT NULL,
    opened_at DATETIME(3) NOT NULL,
    closed_at DATETIME(3),
    lock_version INT NOT NULL DEFAULT 0,
    CONSTRAINT uq_reporting_period UNIQUE (kind, year, number)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_swedish_ci;
