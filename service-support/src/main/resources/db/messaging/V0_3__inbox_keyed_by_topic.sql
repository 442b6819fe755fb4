-- Deduplication is per topic: an event id or business key is only unique within the topic that carries it, and each
-- partner writes only its own topic, so one partner can no longer suppress another's record by reusing its id.
alter table processed_event drop constraint processed_event_pkey;
alter table processed_event add primary key (consumer, topic, event_id);
drop index processed_event_business_key;
create unique index processed_event_business_key on processed_event (consumer, topic, business_key)
    where business_key is not null;
