-- The tables of Hibernate Search's outbox-polling coordination (hibernate-search-mapper-orm-outbox-polling 7.2), used
-- only when the portal runs in a cluster on a shared OpenSearch index (configure-search-opensearch.cli): every write
-- to an indexed entity adds an event in its own transaction, and one node of the cluster (an "agent" holding a shard of
-- the events) sends it to the index. On a single node the tables stay empty. Columns and types as the library maps them
-- (generated from its mapping for PostgreSQL and H2); the schema is Flyway's, so Hibernate never creates them.
create table hsearch_agent (
    id uuid not null,
    type varchar(255) not null
        check (type in ('EVENT_PROCESSING_DYNAMIC_SHARDING', 'EVENT_PROCESSING_STATIC_SHARDING', 'MASS_INDEXING')),
    name varchar(255) not null,
    expiration timestamp(6) with time zone not null,
    state varchar(255) not null check (state in ('RUNNING', 'WAITING', 'SUSPENDED')),
    totalShardCount integer,
    assignedShardIndex integer,
    payload bytea,
    tenantId varchar(255),
    primary key (id)
);

create table hsearch_outbox_event (
    id uuid not null,
    entityName varchar(256) not null,
    entityId varchar(256) not null,
    entityIdHash integer not null,
    payload bytea not null,
    retries integer not null,
    processAfter timestamp(6) with time zone not null,
    status varchar(255) not null check (status in ('PENDING', 'ABORTED')),
    tenantId varchar(255),
    primary key (id)
);

create index hsearch_outbox_event_hash on hsearch_outbox_event (entityIdHash);
create index hsearch_outbox_event_status on hsearch_outbox_event (status);
create index hsearch_outbox_event_after on hsearch_outbox_event (processAfter);
