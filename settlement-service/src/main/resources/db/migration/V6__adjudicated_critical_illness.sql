-- Critical illness paid on a settlement after the counter, when a retroactive needy status had it re-adjudicated at
-- the needy rates (POLICY.md, retroactive assistance).
alter table settlement add column adjudicated_critical_illness numeric(14,2) not null default 0;
