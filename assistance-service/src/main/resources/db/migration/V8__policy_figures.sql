-- The figures the matchers apply, per activated policy version, from settlement's PolicyActivated (settlement's
-- policy is their one owner). figures is the event's "assistance" object as received.
create table policy_figures (
    policy_id       varchar(36)  primary key,
    version         varchar(64)  not null unique,
    region_code     char(6)      not null,
    policy_year     smallint     not null,
    effective_from  date         not null,
    activation      bigint       not null,
    activated_at    timestamptz  not null,
    figures         text         not null,
    received_at     timestamptz  not null
);
create index policy_figures_region on policy_figures (region_code, policy_year);

-- The version a claim was rated under and the insured's region, so that a matcher applies that version's figures.
-- Claims recorded before this are matched with the version in force in their region on their service date.
alter table settled_claim add column policy_version varchar(64);
alter table settled_claim add column region_code char(6);

-- A claim rated under a version whose PolicyActivated has not arrived yet (it travels on another partition) is parked
-- here, not held: its figure-dependent matchers run when the version arrives.
alter table settled_claim add column awaiting_policy varchar(64);
create index settled_claim_awaiting_policy on settled_claim (awaiting_policy) where awaiting_policy is not null;
