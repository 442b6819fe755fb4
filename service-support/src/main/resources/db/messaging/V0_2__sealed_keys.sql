-- Record keys, subjects and partners' business keys may hold ID numbers, so they are stored sealed
-- (cn.medins.privacy.PersonalDataCipher): a sealed value takes 4/3 of (its length + 21) characters.
alter table outbox_event alter column record_key type varchar(400);
alter table outbox_event alter column ce_subject type varchar(400);
alter table processed_event alter column business_key type varchar(800);
