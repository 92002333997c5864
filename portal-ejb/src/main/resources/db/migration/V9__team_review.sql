-- Team case review: the team's quorum rule, meetings with agenda and attendance, therapy proposals with votes,
-- and the recommendation the chair signs (with action items and addenda). Identical on H2 and PostgreSQL.
-- Every review table has an Envers *_aud twin: each step of a meeting stays on the record.

-- Quorum rule per team (embedded in team): minimum present and disciplines that must be represented,
-- comma-separated enum names; '' means none. Demo teams get their rules from the demo seeder.
alter table team add column quorum_min_present integer default 2 not null;
alter table team add column quorum_disciplines varchar(400) default '' not null;

create table review_meeting (
    id               bigint                   not null primary key,
    version          bigint                   not null,
    team_id          bigint                   not null,
    title            varchar(160)             not null,
    starts_at        timestamp                not null,
    duration_minutes integer                  not null,
    place            varchar(200),
    video_link       varchar(500),
    status           varchar(16)              not null,
    created_at       timestamp with time zone not null,
    created_by       varchar(64)              not null,
    constraint fk_review_meeting_team foreign key (team_id) references team (id)
);
create index ix_review_meeting_team on review_meeting (team_id, starts_at);

create table agenda_item (
    id              bigint      not null primary key,
    version         bigint      not null,
    meeting_id      bigint      not null,
    case_id         bigint      not null,
    agenda_position integer     not null,
    planned_minutes integer     not null,
    status          varchar(16) not null,
    carried_from_id bigint,
    constraint uk_agenda_item_case unique (meeting_id, case_id),
    constraint fk_agenda_item_meeting foreign key (meeting_id) references review_meeting (id),
    constraint fk_agenda_item_case foreign key (case_id) references clinical_case (id),
    constraint fk_agenda_item_carried foreign key (carried_from_id) references agenda_item (id)
);
create index ix_agenda_item_case on agenda_item (case_id);

create table meeting_attendance (
    id          bigint                   not null primary key,
    version     bigint                   not null,
    meeting_id  bigint                   not null,
    member_id   bigint                   not null,
    status      varchar(16)              not null,
    cover_id    bigint,
    recorded_at timestamp with time zone not null,
    recorded_by varchar(64)              not null,
    constraint uk_meeting_attendance unique (meeting_id, member_id),
    constraint fk_meeting_attendance_meeting foreign key (meeting_id) references review_meeting (id),
    constraint fk_meeting_attendance_member foreign key (member_id) references app_user (id),
    constraint fk_meeting_attendance_cover foreign key (cover_id) references app_user (id)
);

create table therapy_proposal (
    id             bigint                   not null primary key,
    version        bigint                   not null,
    agenda_item_id bigint                   not null,
    therapy_id     bigint                   not null,
    rationale      varchar(2000)            not null,
    evidence       varchar(500),
    proposed_by_id bigint                   not null,
    proposed_at    timestamp with time zone not null,
    constraint fk_therapy_proposal_item foreign key (agenda_item_id) references agenda_item (id),
    constraint fk_therapy_proposal_therapy foreign key (therapy_id) references therapy (id),
    constraint fk_therapy_proposal_user foreign key (proposed_by_id) references app_user (id)
);
create index ix_therapy_proposal_item on therapy_proposal (agenda_item_id);

create table proposal_vote (
    id          bigint                   not null primary key,
    version     bigint                   not null,
    proposal_id bigint                   not null,
    voter_id    bigint                   not null,
    choice      varchar(16)              not null,
    note        varchar(1000),
    cast_at     timestamp with time zone not null,
    constraint uk_proposal_vote unique (proposal_id, voter_id),
    constraint fk_proposal_vote_proposal foreign key (proposal_id) references therapy_proposal (id),
    constraint fk_proposal_vote_voter foreign key (voter_id) references app_user (id)
);

create table recommendation (
    id             bigint                   not null primary key,
    version        bigint                   not null,
    agenda_item_id bigint                   not null,
    decision       varchar(24)              not null,
    therapy_id     bigint,
    rationale      varchar(4000)            not null,
    follow_up_on   date,
    drafted_by     varchar(64)              not null,
    drafted_at     timestamp with time zone not null,
    signed_by_id   bigint,
    signed_at      timestamp with time zone,
    constraint uk_recommendation_item unique (agenda_item_id),
    constraint fk_recommendation_item foreign key (agenda_item_id) references agenda_item (id),
    constraint fk_recommendation_therapy foreign key (therapy_id) references therapy (id),
    constraint fk_recommendation_signer foreign key (signed_by_id) references app_user (id)
);

create table recommendation_factor (
    recommendation_id bigint not null,
    factor_id         bigint not null,
    constraint pk_recommendation_factor primary key (recommendation_id, factor_id),
    constraint fk_recommendation_factor_rec foreign key (recommendation_id) references recommendation (id),
    constraint fk_recommendation_factor_factor foreign key (factor_id) references resistance_factor (id)
);

create table action_item (
    id                bigint                   not null primary key,
    version           bigint                   not null,
    recommendation_id bigint                   not null,
    description       varchar(500)             not null,
    owner_id          bigint                   not null,
    due_date          date                     not null,
    completed_at      timestamp with time zone,
    completed_by      varchar(64),
    constraint fk_action_item_rec foreign key (recommendation_id) references recommendation (id),
    constraint fk_action_item_owner foreign key (owner_id) references app_user (id)
);
create index ix_action_item_owner on action_item (owner_id, due_date);

create table recommendation_addendum (
    id                bigint                   not null primary key,
    version           bigint                   not null,
    recommendation_id bigint                   not null,
    body              varchar(4000)            not null,
    written_by        varchar(64)              not null,
    written_at        timestamp with time zone not null,
    constraint fk_recommendation_addendum_rec foreign key (recommendation_id) references recommendation (id)
);

-- Envers history of every review table.
create table review_meeting_aud (
    id bigint not null, rev bigint not null, revtype smallint,
    team_id bigint, title varchar(160), starts_at timestamp, duration_minutes integer, place varchar(200),
    video_link varchar(500), status varchar(16), created_at timestamp with time zone, created_by varchar(64),
    constraint pk_review_meeting_aud primary key (id, rev),
    constraint fk_review_meeting_aud_rev foreign key (rev) references revinfo (rev)
);
create table agenda_item_aud (
    id bigint not null, rev bigint not null, revtype smallint,
    meeting_id bigint, case_id bigint, agenda_position integer, planned_minutes integer, status varchar(16),
    carried_from_id bigint,
    constraint pk_agenda_item_aud primary key (id, rev),
    constraint fk_agenda_item_aud_rev foreign key (rev) references revinfo (rev)
);
create table meeting_attendance_aud (
    id bigint not null, rev bigint not null, revtype smallint,
    meeting_id bigint, member_id bigint, status varchar(16), cover_id bigint,
    recorded_at timestamp with time zone, recorded_by varchar(64),
    constraint pk_meeting_attendance_aud primary key (id, rev),
    constraint fk_meeting_attendance_aud_rev foreign key (rev) references revinfo (rev)
);
create table therapy_proposal_aud (
    id bigint not null, rev bigint not null, revtype smallint,
    agenda_item_id bigint, therapy_id bigint, rationale varchar(2000), evidence varchar(500), proposed_by_id bigint,
    proposed_at timestamp with time zone,
    constraint pk_therapy_proposal_aud primary key (id, rev),
    constraint fk_therapy_proposal_aud_rev foreign key (rev) references revinfo (rev)
);
create table proposal_vote_aud (
    id bigint not null, rev bigint not null, revtype smallint,
    proposal_id bigint, voter_id bigint, choice varchar(16), note varchar(1000), cast_at timestamp with time zone,
    constraint pk_proposal_vote_aud primary key (id, rev),
    constraint fk_proposal_vote_aud_rev foreign key (rev) references revinfo (rev)
);
create table recommendation_aud (
    id bigint not null, rev bigint not null, revtype smallint,
    agenda_item_id bigint, decision varchar(24), therapy_id bigint, rationale varchar(4000), follow_up_on date,
    drafted_by varchar(64), drafted_at timestamp with time zone, signed_by_id bigint,
    signed_at timestamp with time zone,
    constraint pk_recommendation_aud primary key (id, rev),
    constraint fk_recommendation_aud_rev foreign key (rev) references revinfo (rev)
);
create table recommendation_factor_aud (
    rev bigint not null, revtype smallint, recommendation_id bigint not null, factor_id bigint not null,
    constraint pk_recommendation_factor_aud primary key (rev, recommendation_id, factor_id),
    constraint fk_recommendation_factor_aud_rev foreign key (rev) references revinfo (rev)
);
create table action_item_aud (
    id bigint not null, rev bigint not null, revtype smallint,
    recommendation_id bigint, description varchar(500), owner_id bigint, due_date date,
    completed_at timestamp with time zone, completed_by varchar(64),
    constraint pk_action_item_aud primary key (id, rev),
    constraint fk_action_item_aud_rev foreign key (rev) references revinfo (rev)
);
create table recommendation_addendum_aud (
    id bigint not null, rev bigint not null, revtype smallint,
    recommendation_id bigint, body varchar(4000), written_by varchar(64), written_at timestamp with time zone,
    constraint pk_recommendation_addendum_aud primary key (id, rev),
    constraint fk_recommendation_addendum_aud_rev foreign key (rev) references revinfo (rev)
);
