--liquibase formatted sql

--changeset samverkansportalen:0007-risk-based-plans
-- Risk-based local plans: goals, risks assessed on the 4x4 matrix per period, measures with a
-- traffic light, links to regional delmål; and indicators with values per period. Every table
-- carries the owning kommun's code, written and filtered by EclipseLink's multitenancy.
ALTER TABLE local_plan ADD COLUMN summary TEXT;

CREATE TABLE local_goal (
    id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    kommun_code CHAR(4) NOT NULL,
    plan_id BIGINT NOT NULL,
    position INT NOT NULL,
    title VARCHAR(300) NOT NULL,
    focus_area TEXT,
    lock_version INT NOT NULL DEFAULT 0,
    CONSTRAINT fk_local_goal_plan FOREIGN KEY (plan_id) REFERENCES local_plan (id) ON DELETE CASCADE,
    CONSTRAINT fk_local_goal_kommun FOREIGN KEY (kommun_code) REFERENCES kommun (code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_swedish_ci;

CREATE TABLE local_risk (
    id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    kommun_code CHAR(4) NOT NULL,
    goal_id BIGINT NOT NULL,
    position INT NOT NULL,
    number VARCHAR(10) NOT NULL,
    quality_area VARCHAR(300),
    title VARCHAR(300) NOT NULL,
    description TEXT,
    lock_version INT NOT NULL DEFAULT 0,
    CONSTRAINT fk_local_risk_goal FOREIGN KEY (goal_id) REFERENCES local_goal (id) ON DELETE CASCADE,
    CONSTRAINT fk_local_risk_kommun FOREIGN KEY (kommun_code) REFERENCES kommun (code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_swedish_ci;

CREATE TABLE local_risk_measure (
    id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    kommun_code CHAR(4) NOT NULL,
    risk_id BIGINT NOT NULL,
    position INT NOT NULL,
    title VARCHAR(300) NOT NULL,
    description TEXT,
    status VARCHAR(10),
    lock_version INT NOT NULL DEFAULT 0,
    CONSTRAINT fk_local_risk_measure_risk FOREIGN KEY (risk_id) REFERENCES local_risk (id) ON DELETE CASCADE,
    CONSTRAINT fk_local_risk_measure_kommun FOREIGN KEY (kommun_code) REFERENCES kommun (code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_swedish_ci;

-- A risk's place in the matrix for one period; stated_level when a source gives only the colour.
CREATE TABLE local_risk_assessment (
    id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    kommun_code CHAR(4) NOT NULL,
    risk_id BIGINT NOT NULL,
    period VARCHAR(10) NOT NULL,
    likelihood INT,
    severity INT,
    stated_level VARCHAR(10),
    CONSTRAINT uq_local_risk_assessment UNIQUE (risk_id, period),
    CONSTRAINT ck_local_risk_cell CHECK (likelihood IS NULL OR likelihood BETWEEN 1 AND 4),
    CONSTRAINT ck_local_risk_severity CHECK (severity IS NULL OR severity BETWEEN 1 AND 4),
    CONSTRAINT fk_local_risk_assessment_risk FOREIGN KEY (risk_id) REFERENCES local_risk (id) ON DELETE CASCADE,
    CONSTRAINT fk_local_risk_assessment_kommun FOREIGN KEY (kommun_code) REFERENCES kommun (code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_swedish_ci;

CREATE TABLE local_risk_link (
    id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    kommun_code CHAR(4) NOT NULL,
    risk_id BIGINT NOT NULL,
    sub_goal_item_key CHAR(36) NOT NULL,
    CONSTRAINT uq_local_risk_link UNIQUE (risk_id, sub_goal_item_key),
    CONSTRAINT fk_local_risk_link_risk FOREIGN KEY (risk_id) REFERENCES local_risk (id) ON DELETE CASCADE,
    CONSTRAINT fk_local_risk_link_kommun FOREIGN KEY (kommun_code) REFERENCES kommun (code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_swedish_ci;

CREATE INDEX ix_local_risk_link_goal ON local_risk_link (sub_goal_item_key, kommun_code);

CREATE TABLE local_indicator (
    id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    kommun_code CHAR(4) NOT NULL,
    plan_id BIGINT NOT NULL,
    risk_id BIGINT,
    position INT NOT NULL,
    name VARCHAR(400) NOT NULL,
    unit VARCHAR(10) NOT NULL,
    direction VARCHAR(20),
    baseline DECIMAL(14, 2),
    target DECIMAL(14, 2),
    periodicity VARCHAR(10) NOT NULL,
    numerator_id BIGINT,
    denominator_id BIGINT,
    note VARCHAR(1000),
    lock_version INT NOT NULL DEFAULT 0,
    CONSTRAINT fk_local_indicator_plan FOREIGN KEY (plan_id) REFERENCES local_plan (id) ON DELETE CASCADE,
    CONSTRAINT fk_local_indicator_risk FOREIGN KEY (risk_id) REFERENCES local_risk (id) ON DELETE CASCADE,
    CONSTRAINT fk_local_indicator_numerator FOREIGN KEY (numerator_id) REFERENCES local_indicator (id),
    CONSTRAINT fk_local_indicator_denominator FOREIGN KEY (denominator_id) REFERENCES local_indicator (id),
    CONSTRAINT fk_local_indicator_kommun FOREIGN KEY (kommun_code) REFERENCES kommun (code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_swedish_ci;

-- A period's value; measured_value NULL is a period recorded as missing ("uppgift saknas"), never 0.
CREATE TABLE local_indicator_value (
    id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    kommun_code CHAR(4) NOT NULL,
    indicator_id BIGINT NOT NULL,
    period VARCHAR(10) NOT NULL,
    measured_value DECIMAL(14, 2),
    CONSTRAINT uq_local_indicator_value UNIQUE (indicator_id, period),
    CONSTRAINT fk_local_indicator_value_indicator FOREIGN KEY (indicator_id) REFERENCES local_indicator (id) ON DELETE CASCADE,
    CONSTRAINT fk_local_indicator_value_kommun FOREIGN KEY (kommun_code) REFERENCES kommun (code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_swedish_ci;
