--liquibase formatted sql

--changeset samverkansportalen:0014-audit-item-references
-- An audit entry's item label is a reference (the delmål's number, the plan's title) that pages put
-- into their language's pattern (audit.item.SUB_GOAL=Delmål {0}); entries written before kept a
-- Swedish phrase. Rewrite those phrases to the references they contain.
UPDATE audit_entry SET item_label = SUBSTRING(item_label, 20) WHERE item_type = 'AREA' AND item_label LIKE 'Förbättringsområde %';
UPDATE audit_entry SET item_label = SUBSTRING(item_label, 8) WHERE item_type = 'SUB_GOAL' AND item_label LIKE 'Delmål %';
UPDATE audit_entry SET item_label = CONCAT(SUBSTRING_INDEX(item_label, ' under delmål ', -1), ':',
        SUBSTRING_INDEX(SUBSTRING_INDEX(item_label, ' under delmål ', 1), 'Aktivitet ', -1))
    WHERE item_type = 'ACTIVITY' AND item_label LIKE 'Aktivitet % under delmål %';
UPDATE audit_entry SET item_label = SUBSTRING(item_label, 9) WHERE item_type = 'PLAN_VERSION' AND item_label LIKE 'Version %';
UPDATE audit_entry SET item_label = SUBSTRING(item_label, 12) WHERE item_type = 'LOCAL_PLAN' AND item_label LIKE 'Lokal plan %';
UPDATE audit_entry SET item_label = SUBSTRING(item_label, 11) WHERE item_type = 'LOCAL_INDICATOR' AND item_label LIKE 'Indikator %';
UPDATE audit_entry SET item_label = SUBSTRING(item_label, 5) WHERE item_type = 'LOCAL_GOAL' AND item_label LIKE 'Mål %';
UPDATE audit_entry SET item_label = SUBSTRING(item_label, 6) WHERE item_type = 'LOCAL_RISK' AND item_label LIKE 'Risk %';
UPDATE audit_entry SET item_label = SUBSTRING(item_label, 8) WHERE item_type IN ('LOCAL_MEASURE', 'LOCAL_RISK_MEASURE') AND item_label LIKE 'Åtgärd %';
UPDATE audit_entry SET item_label = SUBSTRING(item_label, 15) WHERE item_type = 'REPORTING_PERIOD' AND item_label LIKE 'Rapportperiod %';
UPDATE audit_entry SET item_label = SUBSTRING(item_label, 9) WHERE item_type = 'PROGRESS_REPORT' AND item_label LIKE 'Rapport %';
UPDATE audit_entry SET item_label = SUBSTRING(item_label, 17) WHERE item_type = 'REMINDER_PREFERENCE' AND item_label LIKE 'Påminnelser för %';
UPDATE audit_entry SET item_label = item_key WHERE item_type IN ('COMMENT', 'AUDIT_ENTRY');
