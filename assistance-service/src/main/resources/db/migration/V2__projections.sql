-- Local projections of other services' facts, so that a matcher never calls another service.

-- From enrollment.events: who an ID number is insured as, and the coverage the premium subsidy applies to.
create table insured_person (
    insured_id     varchar(100) primary key,
    id_number      varchar(18),
    birth_date     date,
    scheme         varchar(16),
    category       varchar(16),
    region_code    varchar(6),
    qualifications varchar(200) not null default '',
    updated_at     timestamptz  not null
);

create index insured_person_id_number on insured_person (id_number) where id_number is not null;

-- From settlement.events: the claim facts the matchers need, and whether the claim was reversed.
create table settled_claim (
    settlement_id      varchar(100) primary key,
    event_id           varchar(300) not null,
    insured_id         varchar(100) not null,
    id_number          varchar(18),
    scheme             varchar(16)  not null,
    birth_date         date,
    needy_category     varchar(30),
    institution_level  int          not null,
    visit_type         varchar(16)  not null,
    admission_date     date         not null,
    discharge_date     date,
    service_date       date         not null,
    diagnoses          text         not null,
    maternity_case     varchar(30),
    babies             int,
    in_scope           numeric(14, 2) not null,
    basic_pool         numeric(14, 2) not null,
    large_medical      numeric(14, 2) not null,
    critical_illness   numeric(14, 2) not null,
    assistance         numeric(14, 2) not null,
    settled_at         timestamptz  not null,
    reversed           boolean      not null default false
);

create index settled_claim_person on settled_claim (insured_id, service_date);
create index settled_claim_id_number on settled_claim (id_number, service_date) where id_number is not null;

-- From partner.hr.employment-events: the employer's average monthly wage, for the maternity allowance.
create table employment_wage (
    id_number            varchar(18) primary key,
    event_id             varchar(300) not null,
    employer_id          varchar(32),
    average_monthly_wage numeric(14, 2) not null,
    effective_date       date        not null,
    updated_at           timestamptz not null
);
