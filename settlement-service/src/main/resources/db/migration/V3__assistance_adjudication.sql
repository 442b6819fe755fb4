-- Retroactive assistance paid on a settlement after the counter: such a claim has had its assistance.
alter table settlement add column adjudicated_assistance numeric(14,2) not null default 0;

-- One answer per AssistanceAdjudicationRequested requestId, whatever is redelivered or re-sent.
create table assistance_adjudication (
    request_id      varchar(64)   primary key,
    insured_id      varchar(40)   not null,
    kind            varchar(20)   not null,
    year            int           not null,
    amount          numeric(14,2) not null,
    policy_version  varchar(64)   not null,
    adjudicated_at  timestamptz   not null
);
