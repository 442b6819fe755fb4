-- What the funds paid for each claim, the ground of a deduction: POLICY takes back the funds' share of the flagged
-- items, never the patient's. Rows older than this keep null and the earlier rule. Each line in `lines` gains its
-- in-scope part (a JSON field, nothing to migrate).
alter table billed_claim add column funds_paid numeric(14, 2);
