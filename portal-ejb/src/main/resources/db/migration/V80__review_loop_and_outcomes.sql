-- The loop closes (issue 15): the daily review job's claims (one run per job, team and day, whichever server of a
-- cluster gets there first), the review calls it raised (each due review, follow-up or relapse exactly once), and
-- the outcome of a decision recorded against the recommendation that made it (audited). Identical on H2 and
-- PostgreSQL.

-- scope_key: what one claim covers (the team's id for the review job)
create table job_run (
    id         bigint                   not null primary key,
    version    bigint                   not null,
    job        varchar(64)              not null,
    scope_key  varchar(64)              not null,
    run_on     date                     not null,
    node       varchar(100)             not null,
    claimed_at timestamp with time zone not null,
    constraint uk_job_run unique (job, scope_key, run_on)
);

-- reason: FOLLOW_UP (subject = recommendation) | RESPONSE_REVIEW (subject = treatment line)
--         | RELAPSE (subject = the stopped treatment line)
create table review_call (
    id         bigint                   not null primary key,
    version    bigint                   not null,
    case_id    bigint                   not null,
    reason     varchar(24)              not null,
    subject_id bigint                   not null,
    due_on     date                     not null,
    meeting_id bigint,
    message    varchar(300)             not null,
    raised_at  timestamp with time zone not null,
    closed_at  timestamp with time zone,
    constraint uk_review_call unique (reason, subject_id),
    constraint fk_review_call_case foreign key (case_id) references clinical_case (id),
    constraint fk_review_call_meeting foreign key (meeting_id) references review_meeting (id)
);
create index ix_review_call_case on review_call (case_id);

-- outcome: RESPONDER | NON_RESPONDER | REMISSION | STOPPED; remission_*: the remission rule's result when recorded
create table decision_outcome (
    id                bigint                   not null primary key,
    version           bigint                   not null,
    recommendation_id bigint                   not null,
    outcome           varchar(16)              not null,
    reviewed_on       date                     not null,
    remission_status  varchar(20),
    remission_rule    varchar(200),
    remission_version varchar(20),
    note              varchar(1000),
    recorded_by       varchar(64)              not null,
    recorded_at       timestamp with time zone not null,
    constraint uk_decision_outcome_recommendation unique (recommendation_id),
    constraint fk_decision_outcome_recommendation foreign key (recommendation_id) references recommendation (id)
);

create table decision_outcome_aud (
    id                bigint      not null,
    rev               bigint      not null,
    revtype           smallint,
    recommendation_id bigint,
    outcome           varchar(16),
    reviewed_on       date,
    remission_status  varchar(20),
    remission_rule    varchar(200),
    remission_version varchar(20),
    note              varchar(1000),
    recorded_by       varchar(64),
    recorded_at       timestamp with time zone,
    constraint pk_decision_outcome_aud primary key (id, rev),
    constraint fk_decision_outcome_aud_rev foreign key (rev) references revinfo (rev)
);
