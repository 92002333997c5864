-- The catalogue: conditions, measurement instruments, therapies and resistance factors.
-- Read-only for clinicians; admins extend it later, so it lives in tables, not enums.
-- Seeded in V3. Identical on H2 and PostgreSQL.

create table clinical_condition (
    id            bigint        not null primary key,
    version       bigint        not null,
    code          varchar(60)   not null,
    name          varchar(160)  not null,
    snomed_code   varchar(20),
    icd10_code    varchar(20),
    description   varchar(2000),
    active        boolean       not null,
    display_order integer       not null,
    constraint uk_condition_code unique (code)
);

-- value_kind: NUMBER (range min..max), VALUE_SET (allowed values, ordered), BINARY (0 = negative, 1 = positive)
create table instrument (
    id               bigint         not null primary key,
    version          bigint         not null,
    code             varchar(60)    not null,
    name             varchar(160)   not null,
    short_name       varchar(40)    not null,
    unit             varchar(30)    not null,
    value_kind       varchar(16)    not null,
    min_value        numeric(12, 3),
    max_value        numeric(12, 3),
    decimals         integer        not null,
    higher_is_better boolean,
    loinc_code       varchar(20),
    snomed_code      varchar(20),
    description      varchar(2000),
    source           varchar(300),
    active           boolean        not null,
    display_order    integer        not null,
    constraint uk_instrument_code unique (code),
    constraint ck_instrument_kind check (value_kind in ('NUMBER', 'VALUE_SET', 'BINARY'))
);

create table instrument_condition (
    instrument_id bigint not null,
    condition_id  bigint not null,
    constraint pk_instrument_condition primary key (instrument_id, condition_id),
    constraint fk_instrument_condition_instrument foreign key (instrument_id) references instrument (id),
    constraint fk_instrument_condition_condition foreign key (condition_id) references clinical_condition (id)
);

-- Members of a VALUE_SET or BINARY instrument, in clinical order (MGFA I < IIa < ... < V).
create table instrument_allowed_value (
    instrument_id bigint        not null,
    position      integer       not null,
    value_code    varchar(20)   not null,
    label         varchar(200)  not null,
    severity      varchar(16)   not null,
    constraint pk_instrument_allowed_value primary key (instrument_id, position),
    constraint uk_instrument_allowed_value unique (instrument_id, value_code),
    constraint fk_instrument_allowed_value foreign key (instrument_id) references instrument (id)
);

-- Interpretation bands of NUMBER instruments; the first band (by position) that contains the value applies.
-- severity: NORMAL | INFO | WARNING | DANGER
create table interpretation_band (
    instrument_id   bigint         not null,
    position        integer        not null,
    lower_bound     numeric(12, 3),
    lower_inclusive boolean        not null,
    upper_bound     numeric(12, 3),
    upper_inclusive boolean        not null,
    label           varchar(200)   not null,
    severity        varchar(16)    not null,
    source          varchar(300),
    constraint pk_interpretation_band primary key (instrument_id, position),
    constraint fk_interpretation_band foreign key (instrument_id) references instrument (id)
);

create table therapy (
    id            bigint        not null primary key,
    version       bigint        not null,
    code          varchar(60)   not null,
    name          varchar(160)  not null,
    therapy_class varchar(80)   not null,
    target        varchar(160),
    route         varchar(40)   not null,
    inhaled       boolean       not null,
    description   varchar(2000),
    source        varchar(300),
    active        boolean       not null,
    display_order integer       not null,
    constraint uk_therapy_code unique (code)
);

create table therapy_condition (
    therapy_id   bigint not null,
    condition_id bigint not null,
    constraint pk_therapy_condition primary key (therapy_id, condition_id),
    constraint fk_therapy_condition_therapy foreign key (therapy_id) references therapy (id),
    constraint fk_therapy_condition_condition foreign key (condition_id) references clinical_condition (id)
);

-- category: BIOLOGICAL | GENETIC | ENVIRONMENTAL | COMORBIDITY | BEHAVIOURAL | DISEASE | DIAGNOSTIC
create table resistance_factor (
    id            bigint        not null primary key,
    version       bigint        not null,
    code          varchar(60)   not null,
    name          varchar(160)  not null,
    category      varchar(20)   not null,
    modifiable    boolean       not null,
    assessment    varchar(1000) not null,
    description   varchar(2000),
    active        boolean       not null,
    display_order integer       not null,
    constraint uk_resistance_factor_code unique (code)
);

create table resistance_factor_condition (
    factor_id    bigint not null,
    condition_id bigint not null,
    constraint pk_resistance_factor_condition primary key (factor_id, condition_id),
    constraint fk_rf_condition_factor foreign key (factor_id) references resistance_factor (id),
    constraint fk_rf_condition_condition foreign key (condition_id) references clinical_condition (id)
);
