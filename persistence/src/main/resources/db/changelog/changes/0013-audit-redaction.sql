--liquibase formatted sql

--changeset samverkansportalen:0013-audit-redaction
-- An administrator can redact the old and new value of an audit entry (text typed before
-- personnummer were refused, for instance). The entry keeps who changed what and when; the
-- redaction records who removed the values, when (UTC) and why. Empty on every entry not redacted.
ALTER TABLE audit_entry ADD COLUMN redacted_at DATETIME(3) NULL;
ALTER TABLE audit_entry ADD COLUMN redacted_by VARCHAR(255) NULL;
ALTER TABLE audit_entry ADD COLUMN redaction_reason VARCHAR(500) NULL;
