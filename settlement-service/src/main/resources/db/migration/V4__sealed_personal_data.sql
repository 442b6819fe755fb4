-- ID numbers and bank accounts are stored sealed (AES-SIV, base64url; see cn.medins.privacy.PersonalDataCipher):
-- a sealed 18-character ID number takes 52 characters, a 30-digit account 68. Rows written in clear before this
-- version cannot be opened: nothing ran in production before it, and a local stack starts over with --fresh.
alter table insured_person alter column id_number type varchar(96);
alter table needy_period alter column id_number type varchar(96);
alter table settlement alter column id_number type varchar(96);
