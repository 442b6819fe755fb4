-- The institution registry (定点医药机构): a claim settles with the level and region recorded here, never with what
-- the hospital declares about itself, and only while the institution is ACTIVE.
create table institution (
    institution_id  varchar(32)   primary key,
    name            varchar(200)  not null,
    type            varchar(20)   not null check (type in ('HOSPITAL', 'PHARMACY', 'CARE_INSTITUTION')),
    level           smallint      not null check (level between 1 and 3),
    region_code     char(6)       not null,
    status          varchar(12)   not null check (status in ('ACTIVE', 'SUSPENDED', 'TERMINATED')),
    status_reason   varchar(500),
    credit_grade    varchar(8),
    graded_at       timestamptz,
    changed_by      varchar(100)  not null,
    changed_at      timestamptz   not null,
    version         bigint        not null default 0
);
create index institution_region on institution (region_code, status);

-- Who changed the registry, when and how: staff are accountable for every change that decides money.
create table institution_change (
    change_id       bigserial     primary key,
    institution_id  varchar(32)   not null references institution (institution_id),
    action          varchar(20)   not null,
    detail          varchar(1000) not null,
    changed_by      varchar(100)  not null,
    changed_at      timestamptz   not null
);
create index institution_change_by_institution on institution_change (institution_id, change_id);

-- A request id is the hospital's own: unique per institution, so that one hospital cannot block another's ids.
alter table settlement drop constraint settlement_request_id_unique;
alter table settlement add constraint settlement_request_id_unique unique (institution_id, request_id);
