--liquibase formatted sql

--changeset samverkansportalen:0011-drop-report-stand-in
-- The stand-in table of issue 3 (progress reports before there were any) is replaced by the real
-- report_item; whether kommuner have reported on an aktivitet is read from report_item.
DROP TABLE progress_report_item;
