-- Issue 14, finding 6: security events (logins, failures, throttled attempts, grants, password changes, exports) in
-- the database, for the administrators' security log with filters and paging. Written once, never changed.
create sequence security_event_seq start with 1 increment by 50;
create table security_event (
    id          bigint                   not null primary key,
    kind        varchar(24)              not null,
    username    varchar(64),
    actor       varchar(64),
    address     varchar(64),
    detail      varchar(300),
    occurred_at timestamp with time zone not null
);
create index ix_security_event_time on security_event (occurred_at desc, id desc);
create index ix_security_event_user on security_event (username, occurred_at);
