-- What the calculator saw when it rated a claim, so that a policy draft can be replayed over the stored claims:
-- the insured's enrolment region as rated and the RatingInput (insured and claim) as JSON. Null on rows settled
-- before this migration: they cannot be replayed and are left out of every replay.
alter table settlement add column region_code char(6);
alter table settlement add column rated text;
create index settlement_region_date on settlement (region_code, service_date) where rated is not null;

-- What-if replays of a policy version over a region's stored claims of a period. A replay changes no settlement;
-- its result (totals, distribution, largest changes) is kept as JSON, and the per-person differences for the CSV.
create table policy_replay (
    replay_id    varchar(36)  primary key,
    policy_id    varchar(36)  not null references policy (policy_id),
    region_code  char(6)      not null,
    from_date    date         not null,
    to_date      date         not null,
    status       varchar(10)  not null check (status in ('RUNNING', 'DONE', 'FAILED')),
    claims_done  bigint       not null default 0,
    started_by   varchar(100) not null,
    started_at   timestamptz  not null,
    finished_at  timestamptz,
    result       text,
    failure      text
);
create index policy_replay_running on policy_replay (status) where status = 'RUNNING';

create table policy_replay_person (
    replay_id          varchar(36)   not null references policy_replay (replay_id),
    insured_id         varchar(40)   not null,
    actual_personal    numeric(14,2) not null,
    replayed_personal  numeric(14,2) not null,
    difference         numeric(14,2) not null,
    primary key (replay_id, insured_id)
);
