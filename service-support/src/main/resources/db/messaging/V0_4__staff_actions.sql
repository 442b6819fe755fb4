-- The audit trail: who did what that decides money (a flag resolved, a claim reversed, a month closed, a case
-- reviewed, a registry or policy change), written in the transaction of the change itself, never updated or deleted.
create table staff_action (
    action_id   bigserial     primary key,
    actor       varchar(100)  not null,
    action      varchar(40)   not null,
    subject     varchar(100)  not null,
    detail      varchar(1000),
    acted_at    timestamptz   not null
);
create index staff_action_by_time on staff_action (acted_at, action_id);
create index staff_action_by_actor on staff_action (actor, acted_at);
create index staff_action_by_subject on staff_action (subject, action_id);
