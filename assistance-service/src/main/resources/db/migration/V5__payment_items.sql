-- Which claim and fund each part of a decision's amount, and of its payment, is for (JSON list of PaymentItem):
-- a re-adjudication pays critical illness and medical assistance claim by claim.
alter table benefit_decision add column payment_items text not null default '[]';
alter table payment add column payment_items text not null default '[]';
