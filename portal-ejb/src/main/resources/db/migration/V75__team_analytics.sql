-- Team analytics (issue 17). The refractory status of the case when its recommendation was signed (MET, NOT_MET,
-- INSUFFICIENT_DATA; null for a condition without a refractory definition and for recommendations signed before
-- this column existed): the share of decisions on refractory cases is counted from it, without re-running the rules.
alter table recommendation add column refractory_at_signing varchar(24);
alter table recommendation_aud add column refractory_at_signing varchar(24);

-- The figures filter by team and period: signed recommendations by time, cases by team and creation time.
create index ix_recommendation_signed on recommendation (signed_at);
create index ix_clinical_case_team_created on clinical_case (team_id, created_at);
