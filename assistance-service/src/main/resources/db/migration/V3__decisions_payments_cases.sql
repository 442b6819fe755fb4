-- Apply-free decisions: one per decision key (matcher + subject), so that no replay decides twice.
create table benefit_decision (
    decision_id    uuid primary key,
    decision_key   varchar(300) not null unique,
    kind           varchar(40)  not null,
    id_number      varchar(18)  not null,
    insured_id     varchar(100),
    status         varchar(20)  not null,
    amount         numeric(14, 2),
    details        text         not null,
    matched_facts  text         not null,
    decided_at     timestamptz  not null
);

create index benefit_decision_id_number on benefit_decision (id_number, decided_at);
create index benefit_decision_insured on benefit_decision (insured_id, decided_at) where insured_id is not null;

-- Requests to settlement for the amount of retroactive or re-assistance, answered once by AssistanceAdjudicated.
create table adjudication_request (
    request_id      varchar(100) primary key,
    request_key     varchar(300) not null unique,
    kind            varchar(20)  not null,
    id_number       varchar(18)  not null,
    insured_id      varchar(100),
    category        varchar(30)  not null,
    year            int          not null,
    settlement_ids  text         not null,
    matched_facts   text         not null,
    status          varchar(20)  not null,
    amount          numeric(14, 2),
    requested_at    timestamptz  not null,
    answered_at     timestamptz
);

create index adjudication_request_person on adjudication_request (id_number, year);

-- Payment instructions to the bank: at most one per decision, each with a unique reference.
create table payment (
    payment_id   uuid primary key,
    reference    varchar(100) not null unique,
    decision_id  uuid         not null unique references benefit_decision (decision_id),
    id_number    varchar(18)  not null,
    insured_id   varchar(100),
    amount       numeric(14, 2) not null,
    bank         varchar(64)  not null,
    account_no   varchar(30)  not null,
    holder       varchar(64)  not null,
    reason       varchar(500) not null,
    status       varchar(20)  not null,
    created_at   timestamptz  not null
);

create index payment_id_number on payment (id_number, created_at);

-- Cases for township review (初审 → 复核 → 拨付), one per decision that needs a human look.
create table review_case (
    case_id      uuid primary key,
    decision_id  uuid         not null unique references benefit_decision (decision_id),
    kind         varchar(40)  not null,
    id_number    varchar(18)  not null,
    insured_id   varchar(100),
    status       varchar(30)  not null,
    amount       numeric(14, 2),
    reason       varchar(500) not null,
    payment_id   uuid,
    opened_at    timestamptz  not null,
    updated_at   timestamptz  not null
);

create index review_case_status on review_case (status, opened_at);

create table case_review (
    id           uuid primary key,
    case_id      uuid         not null references review_case (case_id),
    stage        varchar(30)  not null,
    decision     varchar(10)  not null,
    note         varchar(1000),
    reviewer     varchar(100) not null,
    reviewed_at  timestamptz  not null
);

create index case_review_case on case_review (case_id, reviewed_at);
