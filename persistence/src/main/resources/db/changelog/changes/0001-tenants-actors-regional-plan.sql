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
    version INT NOT NULL DEFAULT 0,
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
    title VARCHAR(300) NOT NULL,
    background TEXT,
    source TEXT,
    version INT NOT NULL DEFAULT 0,
    CONSTRAINT uq_regional_plan_region UNIQUE (region_code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_swedish_ci;

CREATE TABLE regional_plan_purpose (
    plan_id BIGINT NOT NULL,
    position INT NOT NULL,
    text TEXT NOT NULL,
    PRIMARY KEY (plan_id, position),
    CONSTRAINT fk_purpose_plan FOREIGN KEY (plan_id) REFERENCES regional_plan (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_swedish_ci;

CREATE TABLE improvement_area (
    id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    plan_id BIGINT NOT NULL,
    number INT NOT NULL,
    title VARCHAR(300) NOT NULL,
    development_goal TEXT NOT NULL,
    version INT NOT NULL DEFAULT 0,
    CONSTRAINT uq_area_number UNIQUE (plan_id, number),
    CONSTRAINT fk_area_plan FOREIGN KEY (plan_id) REFERENCES regional_plan (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_swedish_ci;

CREATE TABLE sub_goal (
    id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    area_id BIGINT NOT NULL,
    position INT NOT NULL,
    number VARCHAR(10) NOT NULL,
    text TEXT NOT NULL,
    timeframe VARCHAR(300),
    responsible_note VARCHAR(500),
    version INT NOT NULL DEFAULT 0,
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
    sub_goal_id BIGINT NOT NULL,
    position INT NOT NULL,
    text TEXT NOT NULL,
    per_kommun BOOLEAN NOT NULL DEFAULT FALSE,
    timeframe VARCHAR(300),
    version INT NOT NULL DEFAULT 0,
    CONSTRAINT fk_activity_sub_goal FOREIGN KEY (sub_goal_id) REFERENCES sub_goal (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_swedish_ci;

CREATE TABLE activity_responsible (
    activity_id BIGINT NOT NULL,
    position INT NOT NULL,
    name VARCHAR(200) NOT NULL,
    depends_on_decision BOOLEAN NOT NULL DEFAULT FALSE,
    PRIMARY KEY (activity_id, position),
    CONSTRAINT fk_act_responsible FOREIGN KEY (activity_id) REFERENCES activity (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_swedish_ci;
