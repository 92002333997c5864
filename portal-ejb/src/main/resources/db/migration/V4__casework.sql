-- Casework: pseudonymous patients, cases, observations, treatment lines, resistance findings,
-- their Envers history and the case view log. Identical on H2 and PostgreSQL.

create table patient (
    id         bigint                   not null primary key,
    version    bigint                   not null,
    pseudonym  varchar(20)              not null,
    birth_year integer                  not null,
    sex        varchar(1)               not null,
    created_at timestamp with time zone not null,
    constraint uk_patient_pseudonym unique (pseudonym),
    constraint ck_patient_sex check (sex in ('F', 'M', 'X'))
);

-- Numbers behind the pseudonyms the portal assigns (P-0001, ...); taken numbers are skipped.
create sequence patient_number_seq start with 1 increment by 1;

-- status: DRAFT | READY_FOR_REVIEW | IN_REVIEW | RECOMMENDATION_ISSUED | FOLLOW_UP | CLOSED
create table clinical_case (
    id                bigint                   not null primary key,
    version           bigint                   not null,
    patient_id        bigint                   not null,
    condition_id      bigint                   not null,
    team_id           bigint                   not null,
    clinician_id      bigint                   not null,
    title             varchar(200)             not null,
    summary           varchar(4000),
    status            varchar(24)              not null,
    status_changed_at timestamp with time zone not null,
    created_at        timestamp with time zone not null,
    created_by        varchar(64)              not null,
    updated_at        timestamp with time zone not null,
    updated_by        varchar(64)              not null,
    constraint fk_case_patient foreign key (patient_id) references patient (id),
    constraint fk_case_condition foreign key (condition_id) references clinical_condition (id),
    constraint fk_case_team foreign key (team_id) references team (id),
    constraint fk_case_clinician foreign key (clinician_id) references app_user (id)
);
-- The worklist always filters by team and sorts by last update, status or id.
create index ix_case_team_updated on clinical_case (team_id, updated_at);
create index ix_case_team_status on clinical_case (team_id, status, updated_at);
create index ix_case_team_condition on clinical_case (team_id, condition_id, updated_at);
create index ix_case_clinician on clinical_case (clinician_id, updated_at);
create index ix_case_patient on clinical_case (patient_id);

create table observation (
    id            bigint                   not null primary key,
    version       bigint                   not null,
    case_id       bigint                   not null,
    instrument_id bigint                   not null,
    numeric_value numeric(12, 3),
    coded_value   varchar(20),
    unit          varchar(30)              not null,
    observed_on   date                     not null,
    note          varchar(500),
    entered_by    varchar(64)              not null,
    entered_at    timestamp with time zone not null,
    constraint fk_observation_case foreign key (case_id) references clinical_case (id),
    constraint fk_observation_instrument foreign key (instrument_id) references instrument (id)
);
create index ix_observation_case on observation (case_id, instrument_id, observed_on);

-- response: NONE | PARTIAL | COMPLETE | INTOLERANT | UNKNOWN
create table treatment_line (
    id                        bigint        not null primary key,
    version                   bigint        not null,
    case_id                   bigint        not null,
    therapy_id                bigint        not null,
    dose                      varchar(200),
    start_date                date          not null,
    end_date                  date,
    response                  varchar(16)   not null,
    reason_stopped            varchar(500),
    adherence_confirmed       boolean,
    adherence_method          varchar(200),
    inhaler_technique_checked boolean,
    adequate_trial            boolean,
    adequacy_reason           varchar(500),
    constraint fk_treatment_line_case foreign key (case_id) references clinical_case (id),
    constraint fk_treatment_line_therapy foreign key (therapy_id) references therapy (id)
);
create index ix_treatment_line_case on treatment_line (case_id, start_date);

-- status: SUSPECTED | CONFIRMED | EXCLUDED | ADDRESSED
create table resistance_finding (
    id          bigint        not null primary key,
    version     bigint        not null,
    case_id     bigint        not null,
    factor_id   bigint        not null,
    status      varchar(16)   not null,
    evidence    varchar(2000),
    assessed_on date          not null,
    assessed_by varchar(64)   not null,
    constraint uk_resistance_finding unique (case_id, factor_id),
    constraint fk_resistance_finding_case foreign key (case_id) references clinical_case (id),
    constraint fk_resistance_finding_factor foreign key (factor_id) references resistance_factor (id)
);

-- Who opened which case, when (read access is clinical-data access too).
create table case_view (
    id        bigint                   not null primary key,
    case_id   bigint                   not null,
    username  varchar(64)              not null,
    viewed_at timestamp with time zone not null,
    constraint fk_case_view_case foreign key (case_id) references clinical_case (id)
);
create index ix_case_view_case on case_view (case_id, viewed_at);

-- Envers: one revision per transaction, with the user who made it.
create sequence revinfo_seq start with 1 increment by 50;
create table revinfo (
    rev       bigint                   not null primary key,
    revtstmp  timestamp with time zone not null,
    username  varchar(64)              not null
);

create table patient_aud (
    id         bigint      not null,
    rev        bigint      not null,
    revtype    smallint,
    pseudonym  varchar(20),
    birth_year integer,
    sex        varchar(1),
    created_at timestamp with time zone,
    constraint pk_patient_aud primary key (id, rev),
    constraint fk_patient_aud_rev foreign key (rev) references revinfo (rev)
);

create table clinical_case_aud (
    id                bigint      not null,
    rev               bigint      not null,
    revtype           smallint,
    patient_id        bigint,
    condition_id      bigint,
    team_id           bigint,
    clinician_id      bigint,
    title             varchar(200),
    summary           varchar(4000),
    status            varchar(24),
    status_changed_at timestamp with time zone,
    created_at        timestamp with time zone,
    created_by        varchar(64),
    updated_at        timestamp with time zone,
    updated_by        varchar(64),
    constraint pk_clinical_case_aud primary key (id, rev),
    constraint fk_clinical_case_aud_rev foreign key (rev) references revinfo (rev)
);

create table observation_aud (
    id            bigint      not null,
    rev           bigint      not null,
    revtype       smallint,
    case_id       bigint,
    instrument_id bigint,
    numeric_value numeric(12, 3),
    coded_value   varchar(20),
    unit          varchar(30),
    observed_on   date,
    note          varchar(500),
    entered_by    varchar(64),
    entered_at    timestamp with time zone,
    constraint pk_observation_aud primary key (id, rev),
    constraint fk_observation_aud_rev foreign key (rev) references revinfo (rev)
);
create index ix_observation_aud_case on observation_aud (case_id);

create table treatment_line_aud (
    id                        bigint      not null,
    rev                       bigint      not null,
    revtype                   smallint,
    case_id                   bigint,
    therapy_id                bigint,
    dose                      varchar(200),
    start_date                date,
    end_date                  date,
    response                  varchar(16),
    reason_stopped            varchar(500),
    adherence_confirmed       boolean,
    adherence_method          varchar(200),
    inhaler_technique_checked boolean,
    adequate_trial            boolean,
    adequacy_reason           varchar(500),
    constraint pk_treatment_line_aud primary key (id, rev),
    constraint fk_treatment_line_aud_rev foreign key (rev) references revinfo (rev)
);
create index ix_treatment_line_aud_case on treatment_line_aud (case_id);

create table resistance_finding_aud (
    id          bigint      not null,
    rev         bigint      not null,
    revtype     smallint,
    case_id     bigint,
    factor_id   bigint,
    status      varchar(16),
    evidence    varchar(2000),
    assessed_on date,
    assessed_by varchar(64),
    constraint pk_resistance_finding_aud primary key (id, rev),
    constraint fk_resistance_finding_aud_rev foreign key (rev) references revinfo (rev)
);
create index ix_resistance_finding_aud_case on resistance_finding_aud (case_id);
