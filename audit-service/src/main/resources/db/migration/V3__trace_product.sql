-- The first billing of each drug identifier (the first 7 digits of a traceability code): every later pack of the product
-- must be billed as the same drug, even with a code never seen before.
create table trace_product (
    product        varchar(16)  primary key,
    trace_code     varchar(40)  not null,
    settlement_id  varchar(100) not null,
    institution_id varchar(32)  not null,
    item_code      varchar(32)  not null,
    service_date   date         not null
);
