-- A payment above what may reach a bank unseen (its kind's threshold, or an allowance on a wage above the review limit)
-- is kept as HELD instead of being instructed: its PAYMENT_REVIEW case releases it at 拨付 or rejects it, and staff
-- list what is held (GET /payments/held), oldest first.
alter table payment add column case_id uuid references review_case (case_id);
alter table payment add column hold_reason varchar(500);
create index payment_held on payment (created_at, payment_id) where status = 'HELD';
