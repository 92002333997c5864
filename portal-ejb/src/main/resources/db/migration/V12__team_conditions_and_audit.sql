-- Teams cover catalogue conditions (besides the free-text condition_focus, which stays), and team administration
-- is audited (Envers). Identical on H2 and PostgreSQL.
create table team_condition (
    team_id      bigint not null,
    condition_id bigint not null,
    constraint pk_team_condition primary key (team_id, condition_id),
    constraint fk_team_condition_team foreign key (team_id) references team (id),
    constraint fk_team_condition_condition foreign key (condition_id) references clinical_condition (id)
);
create index ix_team_condition_condition on team_condition (condition_id);

-- Databases that already hold the standard teams get their conditions; a fresh one gets them from the demo seeder.
insert into team_condition (team_id, condition_id)
select t.id, c.id from team t, clinical_condition c
where (t.code = 'respiratory' and c.code = 'severe-asthma')
   or (t.code = 'neuromuscular' and c.code = 'myasthenia-gravis')
   or (t.code = 'haemophilia' and c.code in ('haemophilia-a', 'haemophilia-b'))
   or (t.code = 'epilepsy' and c.code = 'epilepsy');

create table team_aud (
    id              bigint       not null,
    rev             bigint       not null,
    revtype         smallint,
    code            varchar(40),
    name            varchar(120),
    condition_focus varchar(200),
    constraint pk_team_aud primary key (id, rev),
    constraint fk_team_aud_rev foreign key (rev) references revinfo (rev)
);

create table team_condition_aud (
    rev          bigint not null,
    revtype      smallint,
    team_id      bigint not null,
    condition_id bigint not null,
    constraint pk_team_condition_aud primary key (rev, team_id, condition_id),
    constraint fk_team_condition_aud_rev foreign key (rev) references revinfo (rev)
);

create table team_member_aud (
    id        bigint      not null,
    rev       bigint      not null,
    revtype   smallint,
    team_id   bigint,
    user_id   bigint,
    team_role varchar(16),
    constraint pk_team_member_aud primary key (id, rev),
    constraint fk_team_member_aud_rev foreign key (rev) references revinfo (rev)
);
