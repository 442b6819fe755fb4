-- Insured persons and everything enrollment owns about them (ARCHITECTURE.md).

-- insuredId = 'P' + 12 digits from this sequence: assigned by the agency, never derived from personal data.
create sequence insured_number_seq;

create table person (
    insured_id           varchar(40)  primary key,
    -- null for a newborn until public security registers the ID number
    id_number            varchar(18)  unique,
    birth_certificate_no varchar(32)  unique,
    name                 varchar(64)  not null,
    sex                  varchar(1)   not null,
    birth_date           date         not null,
    created_at           timestamptz  not null default now()
);

-- The coverage history: a change closes the current period the day before and opens a new one.
create table enrolment (
    enrolment_id varchar(40)  primary key,
    insured_id   varchar(40)  not null references person,
    scheme       varchar(16)  not null,
    category     varchar(16)  not null,
    region_code  varchar(6)   not null,
    status       varchar(8)   not null,
    valid_from   date         not null,
    valid_to     date,
    source       varchar(300) not null,
    created_at   timestamptz  not null default now(),
    constraint enrolment_validity check (valid_to is null or valid_to >= valid_from)
);
create index enrolment_person on enrolment (insured_id);
-- Two requests or events racing to open the same period: the second fails here and is retried against the first.
create unique index enrolment_once on enrolment (insured_id, scheme, valid_from) where status = 'ACTIVE';

-- Parents are linked by their ID number, whether or not they are insured here; their insuredId is resolved on reading.
create table family_link (
    id                 bigint generated always as identity primary key,
    insured_id         varchar(40)  not null references person,
    relation           varchar(8)   not null,
    relative_id_number varchar(18)  not null,
    relative_name      varchar(64)  not null,
    source             varchar(300) not null,
    unique (insured_id, relation)
);
create index family_link_relative on family_link (relative_id_number);

create table qualification (
    id         bigint generated always as identity primary key,
    insured_id varchar(40)  not null references person,
    disease    varchar(32)  not null,
    valid_from date         not null,
    valid_to   date,
    source     varchar(300) not null,
    unique (insured_id, disease)
);

create table remote_care_registration (
    registration_id    varchar(40)  primary key,
    insured_id         varchar(40)  not null references person,
    target_region_code varchar(6)   not null,
    kind               varchar(16)  not null,
    valid_from         date         not null,
    valid_to           date,
    source             varchar(300) not null,
    created_at         timestamptz  not null default now()
);
create index remote_care_person on remote_care_registration (insured_id);

-- A household registration that arrived before its birth certificate, linked when the certificate comes.
create table pending_registration (
    certificate_no varchar(32)  primary key,
    id_number      varchar(18)  not null,
    name           varchar(64)  not null,
    registered_at  date         not null,
    region_code    varchar(6)   not null,
    source         varchar(300) not null,
    received_at    timestamptz  not null default now()
);

-- Projections of assistance.events, kept by ID number so that they hold for a person enrolled later too.
create table needy_period (
    id          bigint generated always as identity primary key,
    id_number   varchar(18)  not null,
    category    varchar(32)  not null,
    valid_from  date         not null,
    valid_to    date,
    region_code varchar(6),
    source      varchar(300) not null,
    updated_at  timestamptz  not null default now(),
    unique (id_number, category, valid_from)
);

create table contribution_subsidy (
    decision_id    varchar(100)  primary key,
    id_number      varchar(18)   not null,
    contribution_year int        not null,
    category       varchar(32)   not null,
    ratio          numeric(5, 4) not null,
    amount         numeric(12, 2) not null,
    source         varchar(300)  not null,
    recorded_at    timestamptz   not null default now()
);
create index contribution_subsidy_person on contribution_subsidy (id_number, contribution_year);

-- Every change of a person with its cause, oldest first by id.
create table timeline_entry (
    id          bigint generated always as identity primary key,
    insured_id  varchar(40)  not null references person,
    occurred_at timestamptz  not null default now(),
    kind        varchar(40)  not null,
    description varchar(500) not null,
    source      varchar(300) not null
);
create index timeline_entry_person on timeline_entry (insured_id, id);
