-- A closed month is final (POLICY.md, clearing). What arrives for it later is booked in the institution's next open
-- month and listed there with the claim it concerns: a late settlement by its own clearing_month, a late deduction by
-- its clearing_month beside the month it concerns, a late reversal and a carried negative balance as adjustments.
alter table audit_deduction add column concerns_month char(7);
update audit_deduction set concerns_month = clearing_month;
alter table audit_deduction alter column concerns_month set not null;

create table clearing_adjustment (
    adjustment_id   varchar(40)   primary key,
    institution_id  varchar(32)   not null,
    clearing_month  char(7)       not null,
    concerns_month  char(7)       not null,
    kind            varchar(24)   not null,
    settlement_id   varchar(40),
    basic_pool      numeric(16,2) not null,
    large_medical   numeric(16,2) not null,
    critical_illness numeric(16,2) not null,
    assistance      numeric(16,2) not null,
    maternity_fund  numeric(16,2) not null,
    carried         numeric(16,2) not null,
    created_at      timestamptz   not null
);
create index clearing_adjustment_month on clearing_adjustment (institution_id, clearing_month);

-- What a month could not pay because its deductions exceeded its funds, carried to the next.
alter table clearing add column carried_forward numeric(16,2) not null default 0;
create index clearing_institution_month on clearing (institution_id, clearing_month);
