-- What a confirmation actually deducted: the flagged amount, but never more than the claim has left, so that
-- overlapping findings on one claim cannot together take back more than was paid.
alter table flag add column deducted numeric(14, 2);
