-- Every settled claim the audit saw, with what later claims are compared against: who, where, when, what.
-- Lines are kept with the claim (jsonb) so that a person's history is one indexed read, never one per claim.
create table billed_claim (
    settlement_id       varchar(100) primary key,
    request_id          varchar(100) not null,
    insured_id          varchar(100),
    id_number           varchar(18),
    sex                 varchar(1),
    birth_date          date,
    institution_id      varchar(32)  not null,
    institution_level   int          not null,
    region_code         varchar(6)   not null,
    visit_type          varchar(16)  not null,
    admission_date      date         not null,
    discharge_date      date,
    service_date        date         not null,
    principal_diagnosis varchar(16),
    total               numeric(14, 2) not null,
    lines               jsonb        not null,
    settled_at          timestamptz  not null,
    reversed            boolean      not null default false
);

create index billed_claim_person on billed_claim (insured_id, service_date) where not reversed;
create index billed_claim_id_number on billed_claim (id_number, service_date) where not reversed and id_number is not null;
create index billed_claim_institution on billed_claim (institution_id, service_date);

-- The traceability ledger: one row per billing of a drug traceability code, reversed ones kept.
create table trace_use (
    id             bigint generated always as identity primary key,
    trace_code     varchar(40)  not null,
    settlement_id  varchar(100) not null,
    institution_id varchar(32)  not null,
    item_code      varchar(32)  not null,
    service_date   date         not null,
    billed_at      timestamptz  not null,
    reversed       boolean      not null default false
);

create index trace_use_code on trace_use (trace_code, id);
create index trace_use_settlement on trace_use (settlement_id);

-- Running cost per principal diagnosis category, level and institution: peers are compared without scanning claims.
create table diagnosis_cost (
    diagnosis_category varchar(16)    not null,
    institution_level  int            not null,
    institution_id     varchar(32)    not null,
    claim_count        bigint         not null,
    total              numeric(16, 2) not null,
    primary key (diagnosis_category, institution_level, institution_id)
);

create table flag (
    flag_id               varchar(40)  primary key,
    rule_id               varchar(32)  not null,
    severity              varchar(8)   not null,
    settlement_id         varchar(100) not null,
    related_settlement_id varchar(100),
    institution_id        varchar(32)  not null,
    insured_id            varchar(100),
    service_date          date         not null,
    item_code             varchar(32),
    amount                numeric(14, 2) not null,
    message               varchar(1000) not null,
    evidence              jsonb        not null,
    status                varchar(16)  not null,
    flagged_at            timestamptz  not null,
    resolved_at           timestamptz,
    note                  varchar(1000),
    deduction_id          varchar(40)
);

create index flag_institution on flag (institution_id, service_date);
create index flag_service_date on flag (service_date);
create index flag_settlement on flag (settlement_id);
create index flag_related_open on flag (related_settlement_id) where status = 'OPEN';

create table institution_grade (
    institution_id varchar(32) primary key,
    grade          varchar(2)  not null,
    reasons        jsonb       not null,
    graded_at      timestamptz not null
);
