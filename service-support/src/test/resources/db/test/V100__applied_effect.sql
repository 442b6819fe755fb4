create table applied_effect (
    event_id       varchar(300) primary key,
    certificate_no varchar(32) not null
);
