-- A bank account whose holder is not the person waits for township review instead of being paid (issue 25): the
-- name the suite knows is enrollment's, else the one the registry first recorded, never a later record's own claim.
alter table insured_person add column name varchar(100);
alter table needy_person add column name varchar(100);
alter table needy_person add column held_bank varchar(64);
alter table needy_person add column held_account_no varchar(96);
alter table needy_person add column held_holder varchar(64);
