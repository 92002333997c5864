-- Clinical trials as content: a registered trial (registry identifier, title, condition, recruitment status, sites,
-- link) and its eligibility as a decision rule of kind TRIAL (versioned like every rule). Audited by Envers.
-- Identical on H2 and PostgreSQL.
create table clinical_trial (
    id             bigint        not null primary key,
    version        bigint        default 0 not null,
    registry_id    varchar(40)   not null,
    title          varchar(300)  not null,
    condition_code varchar(40)   not null,
    status         varchar(32)   not null,
    sites          varchar(2000),
    link           varchar(500)  not null,
    rule_id        bigint        not null,
    constraint uk_clinical_trial_registry_id unique (registry_id),
    constraint uk_clinical_trial_rule unique (rule_id),
    constraint fk_clinical_trial_rule foreign key (rule_id) references decision_rule (id)
);

create table clinical_trial_aud (
    id             bigint        not null,
    rev            bigint        not null,
    revtype        smallint,
    registry_id    varchar(40),
    title          varchar(300),
    condition_code varchar(40),
    status         varchar(32),
    sites          varchar(2000),
    link           varchar(500),
    rule_id        bigint,
    constraint pk_clinical_trial_aud primary key (id, rev),
    constraint fk_clinical_trial_aud_rev foreign key (rev) references revinfo (rev)
);
