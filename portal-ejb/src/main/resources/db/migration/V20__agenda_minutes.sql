-- Meeting mode: the minutes noted for each case on an agenda (who wrote them last and when), with their history.
-- Identical on H2 and PostgreSQL.
alter table agenda_item add column minutes_note varchar(4000);
alter table agenda_item add column minutes_by varchar(64);
alter table agenda_item add column minutes_at timestamp with time zone;

alter table agenda_item_aud add column minutes_note varchar(4000);
alter table agenda_item_aud add column minutes_by varchar(64);
alter table agenda_item_aud add column minutes_at timestamp with time zone;
