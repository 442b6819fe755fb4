-- Transactional outbox: rows are written in the same transaction as the state change they announce,
-- then relayed to Kafka in seq order and marked sent only after the broker acknowledged them.
create table outbox_event (
    id          uuid primary key,
    seq         bigint generated always as identity unique,
    topic       varchar(249) not null,
    record_key  varchar(255),
    ce_type     varchar(200),
    ce_source   varchar(200),
    ce_subject  varchar(255),
    ce_time     timestamptz  not null,
    headers     jsonb        not null default '{}'::jsonb,
    payload     bytea        not null,
    sent_at     timestamptz
);

create index outbox_event_unsent on outbox_event (seq) where sent_at is null;
create index outbox_event_sent_at on outbox_event (sent_at) where sent_at is not null;

-- NOTIFY is delivered only when the inserting transaction commits, so the relay wakes exactly when
-- there is something committed to send.
create function outbox_event_notify() returns trigger language plpgsql as $$
begin
    perform pg_notify('outbox_event', '');
    return null;
end
$$;

create trigger outbox_event_inserted after insert on outbox_event
    for each statement execute function outbox_event_notify();

-- Idempotent inbox: one row per consumed event, written in the same transaction as its effect.
create table processed_event (
    consumer      varchar(100) not null,
    event_id      varchar(300) not null,
    business_key  varchar(500),
    topic         varchar(249) not null,
    partition_no  int          not null,
    record_offset bigint       not null,
    outcome       varchar(20)  not null,
    processed_at  timestamptz  not null default now(),
    primary key (consumer, event_id)
);

-- A partner may send the same business record again under a new id (or with no id at all).
create unique index processed_event_business_key on processed_event (consumer, business_key)
    where business_key is not null;
