-- Case discussion (threaded comments with @mentions, audited like every clinical change) and the in-app
-- notifications with each person's e-mail preference. Identical on H2 and PostgreSQL.

create table case_comment (
    id        bigint                   not null primary key,
    version   bigint                   not null,
    case_id   bigint                   not null,
    parent_id bigint,
    author_id bigint                   not null,
    body      varchar(2000)            not null,
    posted_at timestamp with time zone not null,
    constraint fk_case_comment_case foreign key (case_id) references clinical_case (id),
    constraint fk_case_comment_parent foreign key (parent_id) references case_comment (id),
    constraint fk_case_comment_author foreign key (author_id) references app_user (id)
);
create index ix_case_comment_case on case_comment (case_id, posted_at);

create table case_comment_mention (
    comment_id bigint      not null,
    username   varchar(64) not null,
    constraint pk_case_comment_mention primary key (comment_id, username),
    constraint fk_case_comment_mention_comment foreign key (comment_id) references case_comment (id)
);
create index ix_case_comment_mention_user on case_comment_mention (username);

create table case_comment_aud (
    id bigint not null, rev bigint not null, revtype smallint,
    case_id bigint, parent_id bigint, author_id bigint, body varchar(2000), posted_at timestamp with time zone,
    constraint pk_case_comment_aud primary key (id, rev),
    constraint fk_case_comment_aud_rev foreign key (rev) references revinfo (rev)
);
create table case_comment_mention_aud (
    rev bigint not null, revtype smallint, comment_id bigint not null, username varchar(64) not null,
    constraint pk_case_comment_mention_aud primary key (rev, comment_id, username),
    constraint fk_case_comment_mention_aud_rev foreign key (rev) references revinfo (rev)
);

create table notification (
    id           bigint                   not null primary key,
    version      bigint                   not null,
    recipient_id bigint                   not null,
    kind         varchar(24)              not null,
    message      varchar(300)             not null,
    case_id      bigint,
    meeting_id   bigint,
    actor        varchar(64)              not null,
    created_at   timestamp with time zone not null,
    read_at      timestamp with time zone,
    constraint fk_notification_recipient foreign key (recipient_id) references app_user (id),
    constraint fk_notification_case foreign key (case_id) references clinical_case (id),
    constraint fk_notification_meeting foreign key (meeting_id) references review_meeting (id)
);
create index ix_notification_recipient on notification (recipient_id, created_at);

create table notification_preference (
    id            bigint       not null primary key,
    version       bigint       not null,
    user_id       bigint       not null,
    email         varchar(254),
    email_enabled boolean      not null,
    constraint uk_notification_preference_user unique (user_id),
    constraint fk_notification_preference_user foreign key (user_id) references app_user (id)
);
