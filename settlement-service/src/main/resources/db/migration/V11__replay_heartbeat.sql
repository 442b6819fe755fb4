-- The instance running or queueing a replay beats every few seconds; a RUNNING replay whose beat (or start) is older
-- than the stale limit lost its instance and is marked FAILED by whichever instance looks next. Before this, a start-up
-- failed every RUNNING replay, including one another instance was running.
alter table policy_replay add column heartbeat_at timestamptz;
