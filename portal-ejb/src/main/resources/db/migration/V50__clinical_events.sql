-- Dated clinical events of a case (exacerbations, bleeds, seizure days, crises, flares, relapses, adverse events)
-- and their Envers history. The counts the rules use are derived from them. Identical on H2 and PostgreSQL.

-- type: EXACERBATION | HOSPITALISATION | BLEED | SEIZURE | MG_CRISIS | FLARE | RELAPSE | PROGRESSION
--       | INFUSION_REACTION | ADVERSE_EVENT
create table clinical_event (
    id                bigint                   not null primary key,
    version           bigint                   not null,
    case_id           bigint                   not null,
    type              varchar(24)              not null,
    occurred_on       date                     not null,
    systemic_steroids boolean,
    hospitalised      boolean,
    icu               boolean,
    site              varchar(100),
    treated           boolean,
    seizure_type      varchar(100),
    event_count       integer,
    note              varchar(500),
    entered_by        varchar(64)              not null,
    entered_at        timestamp with time zone not null,
    constraint fk_clinical_event_case foreign key (case_id) references clinical_case (id),
    constraint ck_clinical_event_count check (event_count is null or event_count between 1 and 200)
);
create index ix_clinical_event_case on clinical_event (case_id, occurred_on);

create table clinical_event_aud (
    id                bigint      not null,
    rev               bigint      not null,
    revtype           smallint,
    case_id           bigint,
    type              varchar(24),
    occurred_on       date,
    systemic_steroids boolean,
    hospitalised      boolean,
    icu               boolean,
    site              varchar(100),
    treated           boolean,
    seizure_type      varchar(100),
    event_count       integer,
    note              varchar(500),
    entered_by        varchar(64),
    entered_at        timestamp with time zone,
    constraint pk_clinical_event_aud primary key (id, rev),
    constraint fk_clinical_event_aud_rev foreign key (rev) references revinfo (rev)
);
create index ix_clinical_event_aud_case on clinical_event_aud (case_id);
