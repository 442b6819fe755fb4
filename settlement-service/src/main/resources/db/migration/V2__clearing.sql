-- Audit's view of each institution's month, from audit.events: a flag holds the month open until it is resolved,
-- a confirmed violation becomes a deduction from the month's payable.
create table audit_flag (
    flag_id         varchar(64) primary key,
    institution_id  varchar(32) not null,
    clearing_month  char(7)     not null,
    open            boolean     not null
);
create index audit_flag_open on audit_flag (institution_id, clearing_month) where open;

create table audit_deduction (
    deduction_id    varchar(64)   primary key,
    flag_id         varchar(64),
    settlement_id   varchar(40),
    institution_id  varchar(32)   not null,
    clearing_month  char(7)       not null,
    amount          numeric(14,2) not null
);
create index audit_deduction_month on audit_deduction (institution_id, clearing_month);

-- A closed month keeps the figures it was closed with.
create table clearing (
    clearing_key      varchar(50)   primary key,
    institution_id    varchar(32)   not null,
    clearing_month    char(7)       not null,
    claim_count       bigint        not null,
    basic_pool        numeric(16,2) not null,
    large_medical     numeric(16,2) not null,
    critical_illness  numeric(16,2) not null,
    assistance        numeric(16,2) not null,
    maternity_fund    numeric(16,2) not null,
    audit_deductions  numeric(16,2) not null,
    net_payable       numeric(16,2) not null,
    forced            boolean       not null,
    closed_at         timestamptz   not null
);
