-- Audit trail (Envers) of catalogue administration: therapies and resistance factors with the conditions they
-- apply to. Identical on H2 and PostgreSQL.

create table therapy_aud (
    id            bigint       not null,
    rev           bigint       not null,
    revtype       smallint,
    code          varchar(60),
    name          varchar(160),
    therapy_class varchar(80),
    target        varchar(160),
    route         varchar(40),
    inhaled       boolean,
    description   varchar(2000),
    source        varchar(300),
    active        boolean,
    display_order integer,
    constraint pk_therapy_aud primary key (id, rev),
    constraint fk_therapy_aud_rev foreign key (rev) references revinfo (rev)
);

create table therapy_condition_aud (
    rev          bigint not null,
    revtype      smallint,
    therapy_id   bigint not null,
    condition_id bigint not null,
    constraint pk_therapy_condition_aud primary key (rev, therapy_id, condition_id),
    constraint fk_therapy_condition_aud_rev foreign key (rev) references revinfo (rev)
);

create table resistance_factor_aud (
    id            bigint        not null,
    rev           bigint        not null,
    revtype       smallint,
    code          varchar(60),
    name          varchar(160),
    category      varchar(20),
    modifiable    boolean,
    assessment    varchar(1000),
    description   varchar(2000),
    active        boolean,
    display_order integer,
    constraint pk_resistance_factor_aud primary key (id, rev),
    constraint fk_resistance_factor_aud_rev foreign key (rev) references revinfo (rev)
);

create table resistance_factor_condition_aud (
    rev          bigint not null,
    revtype      smallint,
    factor_id    bigint not null,
    condition_id bigint not null,
    constraint pk_resistance_factor_condition_aud primary key (rev, factor_id, condition_id),
    constraint fk_rf_condition_aud_rev foreign key (rev) references revinfo (rev)
);

create table clinical_condition_aud (
    id            bigint        not null,
    rev           bigint        not null,
    revtype       smallint,
    code          varchar(60),
    name          varchar(160),
    snomed_code   varchar(20),
    icd10_code    varchar(20),
    description   varchar(2000),
    active        boolean,
    display_order integer,
    constraint pk_clinical_condition_aud primary key (id, rev),
    constraint fk_clinical_condition_aud_rev foreign key (rev) references revinfo (rev)
);

create table instrument_aud (
    id               bigint         not null,
    rev              bigint         not null,
    revtype          smallint,
    code             varchar(60),
    name             varchar(160),
    short_name       varchar(40),
    unit             varchar(30),
    value_kind       varchar(16),
    min_value        numeric(12, 3),
    max_value        numeric(12, 3),
    decimals         integer,
    higher_is_better boolean,
    loinc_code       varchar(20),
    snomed_code      varchar(20),
    description      varchar(2000),
    source           varchar(300),
    active           boolean,
    display_order    integer,
    constraint pk_instrument_aud primary key (id, rev),
    constraint fk_instrument_aud_rev foreign key (rev) references revinfo (rev)
);

create table instrument_condition_aud (
    rev           bigint not null,
    revtype       smallint,
    instrument_id bigint not null,
    condition_id  bigint not null,
    constraint pk_instrument_condition_aud primary key (rev, instrument_id, condition_id),
    constraint fk_instrument_condition_aud_rev foreign key (rev) references revinfo (rev)
);

-- Element collections: a changed member is written as a removal and an addition at the same position in the same
-- revision, so these tables have no primary key.
create table instrument_allowed_value_aud (
    rev           bigint       not null,
    revtype       smallint,
    instrument_id bigint       not null,
    position      integer      not null,
    value_code    varchar(20),
    label         varchar(200),
    severity      varchar(16),
    constraint fk_instrument_allowed_value_aud_rev foreign key (rev) references revinfo (rev)
);
create index ix_instrument_allowed_value_aud on instrument_allowed_value_aud (instrument_id, rev);

create table interpretation_band_aud (
    rev             bigint         not null,
    revtype         smallint,
    instrument_id   bigint         not null,
    position        integer        not null,
    lower_bound     numeric(12, 3),
    lower_inclusive boolean,
    upper_bound     numeric(12, 3),
    upper_inclusive boolean,
    label           varchar(200),
    severity        varchar(16),
    source          varchar(300),
    constraint fk_interpretation_band_aud_rev foreign key (rev) references revinfo (rev)
);
create index ix_interpretation_band_aud on interpretation_band_aud (instrument_id, rev);

-- Baseline: the catalogue as it stands becomes revision 0 (the revision sequence starts at 1), so the history of a
-- case recorded before catalogue auditing still finds the therapy, factor, instrument and condition it refers to.
insert into revinfo (rev, revtstmp, username) values (0, current_timestamp, 'catalogue baseline');

insert into clinical_condition_aud (id, rev, revtype, code, name, snomed_code, icd10_code, description, active,
        display_order)
    select id, 0, 0, code, name, snomed_code, icd10_code, description, active, display_order from clinical_condition;

insert into therapy_aud (id, rev, revtype, code, name, therapy_class, target, route, inhaled, description, source,
        active, display_order)
    select id, 0, 0, code, name, therapy_class, target, route, inhaled, description, source, active, display_order
    from therapy;
insert into therapy_condition_aud (rev, revtype, therapy_id, condition_id)
    select 0, 0, therapy_id, condition_id from therapy_condition;

insert into resistance_factor_aud (id, rev, revtype, code, name, category, modifiable, assessment, description,
        active, display_order)
    select id, 0, 0, code, name, category, modifiable, assessment, description, active, display_order
    from resistance_factor;
insert into resistance_factor_condition_aud (rev, revtype, factor_id, condition_id)
    select 0, 0, factor_id, condition_id from resistance_factor_condition;

insert into instrument_aud (id, rev, revtype, code, name, short_name, unit, value_kind, min_value, max_value,
        decimals, higher_is_better, loinc_code, snomed_code, description, source, active, display_order)
    select id, 0, 0, code, name, short_name, unit, value_kind, min_value, max_value, decimals, higher_is_better,
        loinc_code, snomed_code, description, source, active, display_order from instrument;
insert into instrument_condition_aud (rev, revtype, instrument_id, condition_id)
    select 0, 0, instrument_id, condition_id from instrument_condition;
insert into instrument_allowed_value_aud (rev, revtype, instrument_id, position, value_code, label, severity)
    select 0, 0, instrument_id, position, value_code, label, severity from instrument_allowed_value;
insert into interpretation_band_aud (rev, revtype, instrument_id, position, lower_bound, lower_inclusive,
        upper_bound, upper_inclusive, label, severity, source)
    select 0, 0, instrument_id, position, lower_bound, lower_inclusive, upper_bound, upper_inclusive, label, severity,
        source from interpretation_band;
