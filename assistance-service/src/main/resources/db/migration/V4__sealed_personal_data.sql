-- ID numbers and bank accounts are stored sealed (AES-SIV, base64url; see cn.medins.privacy.PersonalDataCipher):
-- a sealed 18-character ID number takes 52 characters, a 30-digit account 68, a 300-character key 428. Rows written in clear before this
-- version cannot be opened: nothing ran in production before it, and a local stack starts over with --fresh.
alter table needy_person alter column id_number type varchar(96);
alter table needy_person alter column account_no type varchar(96);
alter table needy_period alter column id_number type varchar(96);
alter table needy_status_event alter column id_number type varchar(96);
alter table insured_person alter column id_number type varchar(96);
alter table settled_claim alter column id_number type varchar(96);
alter table employment_wage alter column id_number type varchar(96);
alter table benefit_decision alter column id_number type varchar(96);
alter table adjudication_request alter column id_number type varchar(96);
alter table payment alter column id_number type varchar(96);
alter table payment alter column account_no type varchar(96);
alter table review_case alter column id_number type varchar(96);
alter table benefit_decision alter column decision_key type varchar(500);
alter table adjudication_request alter column request_key type varchar(500);
