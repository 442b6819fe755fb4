-- Who resolved the flag (the auditor's token subject): a confirmation takes money from an institution, and someone
-- answers for it. Flags voided by a reversal name no one.
alter table flag add column resolved_by varchar(100);
