-- A closed month keeps the tier it was paid under: a later credit grade or a new tier table never changes it.
-- Months closed before tiers existed have none (null).
alter table clearing add column credit_grade varchar(8);
alter table clearing add column prepayment_tier smallint check (prepayment_tier between 1 and 4);
alter table clearing add column prepayment_ratio numeric(3, 2);
alter table clearing add column prepaid numeric(16, 2);
alter table clearing add column retained numeric(16, 2);
-- Who closed the month, and why it was closed with audit flags still open.
alter table clearing add column closed_by varchar(100);
alter table clearing add column force_reason varchar(500);
