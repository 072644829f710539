--liquibase formatted sql

--changeset samverkansportalen:0001-kommun
CREATE TABLE kommun (
    code CHAR(4) NOT NULL PRIMARY KEY,
    name VARCHAR(100) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_swedish_ci;

--changeset samverkansportalen:0001-actor
CREATE TABLE actor (
    id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    actor_key VARCHAR(60) NOT NULL,
    name VARCHAR(200) NOT NULL,
    kind VARCHAR(30) NOT NULL,
    note VARCHAR(500),
    lock_version INT NOT NULL DEFAULT 0,
    CONSTRAINT uq_actor_key UNIQUE (actor_key)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_swedish_ci;

CREATE TABLE actor_member (
    actor_id BIGINT NOT NULL,
    position INT NOT NULL,
    kommun_code CHAR(4) NOT NULL,
    PRIMARY KEY (actor_id, position),
    CONSTRAINT fk_actor_member_actor FOREIGN KEY (actor_id) REFERENCES actor (id) ON DELETE CASCADE,
    CONSTRAINT fk_actor_member_kommun FOREIGN KEY (kommun_code) REFERENCES kommun (code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_swedish_ci;

--changeset samverkansportalen:0001-regional-plan
CREATE TABLE regional_plan (
    id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    region_code VARCHAR(2) NOT NULL,
    region_name VARCHAR(200) NOT NULL,
    coordinator VARCHAR(200),
    lock_version INT NOT NULL DEFAULT 0,
    CONSTRAINT uq_regional_plan_region UNIQUE (region_code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_swedish_ci;

-- A version of the plan: an utkast (DRAFT) or fastställd (ADOPTED, then frozen).
CREATE TABLE plan_version (
    id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    plan_id BIGINT NOT NULL,
    number INT NOT NULL,
    status VARCHAR(20) NOT NULL,
    title VARCHAR(300) NOT NULL,
    background TEXT,
    source TEXT,
    adopted_on DATE,
    decided_by VARCHAR(200),
    registration_number VARCHAR(60),
    lock_version INT NOT NULL DEFAULT 0,
    CONSTRAINT uq_plan_version_number UNIQUE (plan_id, number),
    CONSTRAINT fk_plan_version_plan FOREIGN KEY (plan_id) REFERENCES regional_plan (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_swedish_ci;

CREATE TABLE plan_version_purpose (
    version_id BIGINT NOT NULL,
    position INT NOT NULL,
    text TEXT NOT NULL,
    PRIMARY KEY (version_id, position),
    CONSTRAINT fk_purpose_version FOREIGN KEY (version_id) REFERENCES plan_version (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_swedish_ci;

-- item_key is the same for an item in every version of the plan.
CREATE TABLE improvement_area (
    id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    item_key CHAR(36) NOT NULL,
    version_id BIGINT NOT NULL,
    number INT NOT NULL,
    title VARCHAR(300) NOT NULL,
    development_goal TEXT NOT NULL,
    lock_version INT NOT NULL DEFAULT 0,
    CONSTRAINT uq_area_number UNIQUE (version_id, number),
    CONSTRAINT uq_area_item UNIQUE (version_id, item_key),
    CONSTRAINT fk_area_version FOREIGN KEY (version_id) REFERENCES plan_version (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_swedish_ci;

CREATE TABLE sub_goal (
    id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    item_key CHAR(36) NOT NULL,
    area_id BIGINT NOT NULL,
    position INT NOT NULL,
    number VARCHAR(10) NOT NULL,
    text TEXT NOT NULL,
    timeframe VARCHAR(300),
    responsible_note VARCHAR(500),
    lock_version INT NOT NULL DEFAULT 0,
    CONSTRAINT uq_sub_goal_number UNIQUE (area_id, number),
    CONSTRAINT fk_sub_goal_area FOREIGN KEY (area_id) REFERENCES improvement_area (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_swedish_ci;

CREATE TABLE sub_goal_responsible (
    sub_goal_id BIGINT NOT NULL,
    position INT NOT NULL,
    name VARCHAR(200) NOT NULL,
    depends_on_decision BOOLEAN NOT NULL DEFAULT FALSE,
    PRIMARY KEY (sub_goal_id, position),
    CONSTRAINT fk_sg_responsible FOREIGN KEY (sub_goal_id) REFERENCES sub_goal (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_swedish_ci;

CREATE TABLE activity (
    id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    item_key CHAR(36) NOT NULL,
    sub_goal_id BIGINT NOT NULL,
    position INT NOT NULL,
    text TEXT NOT NULL,
    per_kommun BOOLEAN NOT NULL DEFAULT FALSE,
    depends_on_decision BOOLEAN NOT NULL DEFAULT FALSE,
    timeframe VARCHAR(300),
    lock_version INT NOT NULL DEFAULT 0,
    CONSTRAINT fk_activity_sub_goal FOREIGN KEY (sub_goal_id) REFERENCES sub_goal (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_swedish_ci;

CREATE INDEX ix_sub_goal_item ON sub_goal (item_key);
CREATE INDEX ix_activity_item ON activity (item_key);

CREATE TABLE activity_responsible (
    activity_id BIGINT NOT NULL,
    position INT NOT NULL,
    name VARCHAR(200) NOT NULL,
    depends_on_decision BOOLEAN NOT NULL DEFAULT FALSE,
    PRIMARY KEY (activity_id, position),
    CONSTRAINT fk_act_responsible FOREIGN KEY (activity_id) REFERENCES activity (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_swedish_ci;
