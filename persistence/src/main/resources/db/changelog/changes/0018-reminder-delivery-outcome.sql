--liquibase formatted sql

--changeset samverkansportalen:0018-reminder-delivery-outcome
-- A delivery's Message-ID, fixed (and committed) with its first claim, before the mail is first
-- handed to the SMTP server: every later attempt sends the same id. A claim that times out with no
-- outcome recorded (the sender died between claiming and recording) is marked unconfirmed: its
-- mail may have left, so it is never sent again.
ALTER TABLE reminder_delivery
    ADD COLUMN message_id VARCHAR(255) NULL,
    ADD COLUMN unconfirmed_at DATETIME(3) NULL;
