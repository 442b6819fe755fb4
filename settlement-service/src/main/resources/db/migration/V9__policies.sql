-- Policies as data: every version of every pooling region's policy, drafts included. A version is never changed
-- once written; activation puts it in force from effective_from, and a later activation for the same region and day
-- supersedes it (activation_seq orders them). Settlements record the version they were rated under.
create sequence policy_activation_seq;
create table policy (
    policy_id       varchar(36)   primary key,
    region_code     char(6)       not null,
    policy_year     smallint      not null,
    version         varchar(64)   not null unique,
    effective_from  date          not null,
    document        text          not null,
    created_by      varchar(100)  not null,
    created_at      timestamptz   not null,
    activation_seq  bigint        unique,
    activated_by    varchar(100),
    activated_at    timestamptz,
    check (extract(year from effective_from) = policy_year)
);
create index policy_in_force on policy (region_code, policy_year, effective_from) where activation_seq is not null;
