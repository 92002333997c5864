-- Users, roles and teams. Identical on H2 and PostgreSQL.
create sequence refract_seq start with 1 increment by 50;

create table app_user (
    id                       bigint       not null primary key,
    version                  bigint       not null,
    username                 varchar(64)  not null,
    display_name             varchar(120) not null,
    discipline               varchar(32),
    active                   boolean      not null,
    password_hash            varchar(200) not null,
    password_change_required boolean      not null,
    failed_logins            integer      not null,
    locked_until             timestamp with time zone,
    last_login_at            timestamp with time zone,
    constraint uk_app_user_username unique (username)
);

create table user_role (
    user_id bigint      not null,
    role    varchar(16) not null,
    constraint pk_user_role primary key (user_id, role),
    constraint fk_user_role_user foreign key (user_id) references app_user (id)
);

create table team (
    id              bigint       not null primary key,
    version         bigint       not null,
    code            varchar(40)  not null,
    name            varchar(120) not null,
    condition_focus varchar(200) not null,
    constraint uk_team_code unique (code)
);

create table team_member (
    id        bigint      not null primary key,
    version   bigint      not null,
    team_id   bigint      not null,
    user_id   bigint      not null,
    team_role varchar(16) not null,
    constraint uk_team_member unique (team_id, user_id),
    constraint fk_team_member_team foreign key (team_id) references team (id),
    constraint fk_team_member_user foreign key (user_id) references app_user (id)
);
create index ix_team_member_user on team_member (user_id);
