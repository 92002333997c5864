-- Teams are audited (V12) and carry a quorum rule (V9): the audit table keeps the rule too.
alter table team_aud add column quorum_min_present integer;
alter table team_aud add column quorum_disciplines varchar(400);
