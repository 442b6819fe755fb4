-- A claim treated in another pooling region than the insured's takes its catalogue figures (the class B first
-- self-pay) from the treating region's policy version in force on the service date: that version is kept here when
-- it is not the policy_version that rated the payment figures. Null for local claims, for the insured region's own
-- catalogue (the treating region had none in force) and on rows settled before this migration.
alter table settlement add column catalogue_version varchar(64);
