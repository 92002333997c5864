-- Issue 18: the catalogue and the rule book are cached in memory on every server. An administrator's change raises
-- the generation of what it changed here, in the transaction of the change; a server's cache rebuilds when the
-- generation it was built from is no longer the current one, so a change made on one node of a cluster reaches the
-- others. Read through the second-level cache (which the nodes invalidate for each other), it costs no statement
-- until it changed.
create table cache_generation (
    name       varchar(32) not null primary key,
    generation bigint      not null
);
insert into cache_generation (name, generation) values ('catalog', 0);
insert into cache_generation (name, generation) values ('rules', 0);
