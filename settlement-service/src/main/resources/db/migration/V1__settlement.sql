-- Eligibility projection: the last PersonSnapshot enrollment published for each insured person (a replacement, never a merge).
create table insured_person (
    insured_id           varchar(40) primary key,
    id_number            varchar(18),
    birth_certificate_no varchar(32),
    snapshot             text        not null,
    updated_at           timestamptz not null default now()
);
create index insured_person_id_number on insured_person (id_number) where id_number is not null;
create index insured_person_birth_certificate on insured_person (birth_certificate_no) where birth_certificate_no is not null;

-- Needy periods from assistance's NeedyStatusChanged, by ID number and/or insured id; valid_to is inclusive, null while open.
create table needy_period (
    id          bigint generated always as identity primary key,
    id_number   varchar(18),
    insured_id  varchar(40),
    category    varchar(30) not null,
    valid_from  date        not null,
    valid_to    date
);
create index needy_period_id_number on needy_period (id_number) where id_number is not null;
create index needy_period_insured on needy_period (insured_id) where insured_id is not null;

-- A person's running totals for one calendar year. Settling locks this row, so two claims of one person never
-- spend the same remaining cap.
create table person_year (
    year_key                 varchar(50)   primary key,
    insured_id               varchar(40)   not null,
    year                     int           not null,
    outpatient_basic         numeric(14,2) not null default 0,
    inpatient_basic          numeric(14,2) not null default 0,
    two_disease_drugs_basic  numeric(14,2) not null default 0,
    chronic_hypertension     numeric(14,2) not null default 0,
    chronic_diabetes         numeric(14,2) not null default 0,
    chronic_coronary         numeric(14,2) not null default 0,
    chronic_stroke_sequelae  numeric(14,2) not null default 0,
    chronic_kidney           numeric(14,2) not null default 0,
    inpatient_stays          int           not null default 0,
    large_medical            numeric(14,2) not null default 0,
    critical_illness_burden  numeric(14,2) not null default 0,
    critical_illness         numeric(14,2) not null default 0,
    assistance_burden        numeric(14,2) not null default 0,
    assistance               numeric(14,2) not null default 0,
    residual_burden          numeric(14,2) not null default 0,
    re_assistance            numeric(14,2) not null default 0
);

create table settlement (
    settlement_id          varchar(40)   primary key,
    request_id             varchar(64)   not null,
    insured_id             varchar(40)   not null,
    id_number              varchar(18),
    institution_id         varchar(32)   not null,
    visit_type             varchar(20)   not null,
    service_date           date          not null,
    clearing_month         char(7)       not null,
    needy_category         varchar(30),
    policy_version         varchar(64)   not null,
    total                  numeric(14,2) not null,
    in_scope               numeric(14,2) not null,
    remote_first_self_pay  numeric(14,2) not null,
    deductible_applied     numeric(14,2) not null,
    basic_pool             numeric(14,2) not null,
    large_medical          numeric(14,2) not null,
    critical_illness       numeric(14,2) not null,
    assistance             numeric(14,2) not null,
    maternity_fund         numeric(14,2) not null,
    personal               numeric(14,2) not null,
    lines                  text          not null,
    accumulator_delta      text          not null,
    status                 varchar(10)   not null,
    settled_at             timestamptz   not null,
    reversed_at            timestamptz,
    reversal_reason        varchar(500),
    constraint settlement_request_id_unique unique (request_id)
);
create index settlement_insured_date on settlement (insured_id, service_date);
create index settlement_clearing on settlement (institution_id, clearing_month);
