-- Audit trail (Envers) of what administrators change on user accounts. Identical on H2 and PostgreSQL.
-- The password hash and the login bookkeeping (failed logins, lock, last login) are deliberately not audited.
create table app_user_aud (
    id                       bigint       not null,
    rev                      bigint       not null,
    revtype                  smallint,
    username                 varchar(64),
    display_name             varchar(120),
    discipline               varchar(32),
    active                   boolean,
    password_change_required boolean,
    constraint pk_app_user_aud primary key (id, rev),
    constraint fk_app_user_aud_rev foreign key (rev) references revinfo (rev)
);

create table user_role_aud (
    rev     bigint      not null,
    revtype smallint,
    user_id bigint      not null,
    role    varchar(16) not null,
    constraint pk_user_role_aud primary key (rev, user_id, role),
    constraint fk_user_role_aud_rev foreign key (rev) references revinfo (rev)
);
