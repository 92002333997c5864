-- Decision rules as versioned content. A rule is a stable code (what it decides, for which condition and
-- therapy); its versions are immutable rows, and the current one is the highest number. Identical on H2 and
-- PostgreSQL.
create table decision_rule (
    id             bigint      not null primary key,
    version        bigint      not null,
    code           varchar(80) not null,
    kind           varchar(24) not null,
    condition_code varchar(40),
    therapy_code   varchar(40),
    active         boolean     not null,
    current_number integer     not null,
    constraint uk_decision_rule_code unique (code)
);

create table decision_rule_version (
    id                 bigint        not null primary key,
    version            bigint        default 0 not null,
    rule_id            bigint        not null,
    number             integer       not null,
    name               varchar(200)  not null,
    source             varchar(300)  not null,
    article_slug       varchar(80),
    effective_from     date          not null,
    criteria           varchar(20000) not null,
    review_after_weeks integer,
    severity           varchar(16),
    alert_text         varchar(500),
    change_note        varchar(500),
    created_by         varchar(64)   not null,
    created_at         timestamp with time zone not null,
    constraint uk_decision_rule_version unique (rule_id, number),
    constraint fk_decision_rule_version_rule foreign key (rule_id) references decision_rule (id)
);
