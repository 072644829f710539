--liquibase formatted sql

--changeset samverkansportalen:0019-local-plan-example
-- An example plan shown for demonstration (another kommun's real plan the demo start puts into a
-- demo kommun: Uppsala's in Storuman, Nacka's in Lycksele) is read only and never becomes items of
-- that kommun's reports. Plans the demo start put in before this column existed are marked too.
ALTER TABLE local_plan ADD COLUMN example BOOLEAN NOT NULL DEFAULT FALSE;
UPDATE local_plan SET example = TRUE
    WHERE (kommun_code = '2421' AND source_label = 'Uppsala (SCN-2015-0081)')
       OR (kommun_code = '2481' AND source_label = 'Nacka');
