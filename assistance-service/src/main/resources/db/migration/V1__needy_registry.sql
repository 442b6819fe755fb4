-- The needy-person registry built from civil affairs: who, the bank account assistance is paid to, the periods of
-- each category and every record that shaped them (the "source events" a caseworker is shown).
create table needy_person (
    id_number    varchar(18) primary key,
    region_code  varchar(6)  not null,
    bank         varchar(64),
    account_no   varchar(30),
    holder       varchar(64),
    updated_at   timestamptz not null
);

create table needy_period (
    id          uuid primary key,
    id_number   varchar(18) not null references needy_person (id_number),
    category    varchar(30) not null,
    valid_from  date        not null,
    valid_to    date,
    updated_at  timestamptz not null
);

create index needy_period_person on needy_period (id_number, category);

create table needy_status_event (
    event_id     varchar(300) primary key,
    id_number    varchar(18)  not null references needy_person (id_number),
    period_id    uuid         not null references needy_period (id),
    category     varchar(30)  not null,
    action       varchar(10)  not null,
    valid_from   date         not null,
    valid_to     date,
    received_at  timestamptz  not null
);

create index needy_status_event_period on needy_status_event (period_id, received_at);
