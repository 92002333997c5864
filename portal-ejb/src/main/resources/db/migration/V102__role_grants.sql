-- Issue 14, finding 9: a clinical role for an administrator account waits for a second administrator (four eyes).
create table role_grant (
    id           bigint                   not null primary key,
    version      bigint                   not null,
    user_id      bigint                   not null,
    roles        varchar(64)              not null,
    requested_by varchar(64)              not null,
    requested_at timestamp with time zone not null,
    status       varchar(16)              not null,
    decided_by   varchar(64),
    decided_at   timestamp with time zone,
    constraint fk_role_grant_user foreign key (user_id) references app_user (id)
);
create index ix_role_grant_user on role_grant (user_id, status);
