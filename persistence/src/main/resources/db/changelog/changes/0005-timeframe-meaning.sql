--liquibase formatted sql

--changeset samverkansportalen:0005-timeframe-meaning
-- A tidsram's meaning in dates beside its words, for filtering, sorting and "försenad".
-- timeframe_understood = FALSE flags words the portal could not interpret (kept as written).
ALTER TABLE sub_goal
    ADD COLUMN timeframe_start DATE NULL,
    ADD COLUMN timeframe_end DATE NULL,
    ADD COLUMN timeframe_yearly BOOLEAN NOT NULL DEFAULT FALSE,
    ADD COLUMN timeframe_understood BOOLEAN NOT NULL DEFAULT TRUE;

ALTER TABLE activity
    ADD COLUMN timeframe_start DATE NULL,
    ADD COLUMN timeframe_end DATE NULL,
    ADD COLUMN timeframe_yearly BOOLEAN NOT NULL DEFAULT FALSE,
    ADD COLUMN timeframe_understood BOOLEAN NOT NULL DEFAULT TRUE;
