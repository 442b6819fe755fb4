-- An activated version is announced once on settlement.events (PolicyActivated), in the transaction that marks it
-- here: at its activation, or, for the versions activated before the event existed and the seeded files, when an
-- instance starts.
alter table policy add column announced_at timestamptz;

-- The figures assistance-service applied from its own configuration until they moved into the policy (one owner for
-- every figure). Versions stored before then get exactly those figures, so that they still load and mean what they
-- meant; a version never changes otherwise.
update policy
set document = jsonb_set(jsonb_set(jsonb_set(document::jsonb,
        '{employee,maternity,allowanceLeave}', '{"baseDays": 98, "cesareanExtraDays": 15, "extraDaysPerAdditionalBaby": 15}'),
        '{resident,individualPremium}', '350'),
        '{medicalAssistance,premiumSubsidyRatios}', '{"EXTREME_POVERTY": 1.00, "LOW_INCOME": 0.70, "RETURNED_TO_POVERTY": 0.70,
            "LOW_INCOME_MARGINAL": 0.50, "MONITORED": 0.50}')::text
where document::jsonb #> '{resident,individualPremium}' is null;
