--liquibase formatted sql

--changeset samverkansportalen:0006-local-plan
-- A kommun's own local plans. Every table here carries the owning kommun's code (kommun_code):
-- EclipseLink's multitenancy writes it from the logged-in user's token and adds it to every query.
CREATE TABLE local_plan (
    id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    kommun_code CHAR(4) NOT NULL,
    shape VARCHAR(20) NOT NULL,
    title VARCHAR(300) NOT NULL,
    registration_number VARCHAR(60),
    decided_on DATE,
    decided_by VARCHAR(200),
    status VARCHAR(20) NOT NULL,
    budget_sek BIGINT,
    objectives TEXT,
    focus_areas TEXT,
    source_label VARCHAR(300),
    lock_version INT NOT NULL DEFAULT 0,
    CONSTRAINT fk_local_plan_kommun FOREIGN KEY (kommun_code) REFERENCES kommun (code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_swedish_ci;

CREATE INDEX ix_local_plan_kommun ON local_plan (kommun_code);

-- A numbered measure (åtgärd) of a local plan: Hur / Resultat / När / Kostnad.
CREATE TABLE local_measure (
    id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    kommun_code CHAR(4) NOT NULL,
    plan_id BIGINT NOT NULL,
    number INT NOT NULL,
    title VARCHAR(300) NOT NULL,
    how TEXT,
    result TEXT,
    due_on DATE,
    cost_sek BIGINT,
    lock_version INT NOT NULL DEFAULT 0,
    CONSTRAINT uq_local_measure_number UNIQUE (plan_id, number),
    CONSTRAINT fk_local_measure_plan FOREIGN KEY (plan_id) REFERENCES local_plan (id) ON DELETE CASCADE,
    CONSTRAINT fk_local_measure_kommun FOREIGN KEY (kommun_code) REFERENCES kommun (code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_swedish_ci;

CREATE INDEX ix_local_measure_kommun ON local_measure (kommun_code);

-- A measure's link to a delmål of the regional plan (by the delmål's item key, which it keeps
-- from version to version).
CREATE TABLE local_measure_link (
    id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    kommun_code CHAR(4) NOT NULL,
    measure_id BIGINT NOT NULL,
    sub_goal_item_key CHAR(36) NOT NULL,
    CONSTRAINT uq_local_measure_link UNIQUE (measure_id, sub_goal_item_key),
    CONSTRAINT fk_local_measure_link_measure FOREIGN KEY (measure_id) REFERENCES local_measure (id) ON DELETE CASCADE,
    CONSTRAINT fk_local_measure_link_kommun FOREIGN KEY (kommun_code) REFERENCES kommun (code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_swedish_ci;

CREATE INDEX ix_local_measure_link_goal ON local_measure_link (sub_goal_item_key, kommun_code);
