-- Knowledge articles: the current content, every revision, and links to the catalogue. Identical on H2 and
-- PostgreSQL. Bodies are sanitised HTML (OWASP allow-list) before they are stored.
create table article (
    id           bigint        not null primary key,
    version      bigint        not null,
    slug         varchar(80)   not null,
    title        varchar(200)  not null,
    summary      varchar(600)  not null,
    body         varchar(100000) not null,
    status       varchar(16)   not null,
    updated_by   varchar(64)   not null,
    updated_at   timestamp with time zone not null,
    published_at timestamp with time zone,
    constraint uk_article_slug unique (slug)
);
create index ix_article_status on article (status);

create table article_revision (
    id         bigint        not null primary key,
    version    bigint        not null,
    article_id bigint        not null,
    number     integer       not null,
    title      varchar(200)  not null,
    summary    varchar(600)  not null,
    body       varchar(100000) not null,
    note       varchar(300),
    created_by varchar(64)   not null,
    created_at timestamp with time zone not null,
    constraint uk_article_revision unique (article_id, number),
    constraint fk_article_revision_article foreign key (article_id) references article (id)
);

create table article_condition (
    article_id   bigint not null,
    condition_id bigint not null,
    constraint pk_article_condition primary key (article_id, condition_id),
    constraint fk_article_condition_article foreign key (article_id) references article (id),
    constraint fk_article_condition_condition foreign key (condition_id) references clinical_condition (id)
);
create table article_therapy (
    article_id bigint not null,
    therapy_id bigint not null,
    constraint pk_article_therapy primary key (article_id, therapy_id),
    constraint fk_article_therapy_article foreign key (article_id) references article (id),
    constraint fk_article_therapy_therapy foreign key (therapy_id) references therapy (id)
);
create table article_factor (
    article_id bigint not null,
    factor_id  bigint not null,
    constraint pk_article_factor primary key (article_id, factor_id),
    constraint fk_article_factor_article foreign key (article_id) references article (id),
    constraint fk_article_factor_factor foreign key (factor_id) references resistance_factor (id)
);
create index ix_article_therapy_therapy on article_therapy (therapy_id);
create index ix_article_factor_factor on article_factor (factor_id);
