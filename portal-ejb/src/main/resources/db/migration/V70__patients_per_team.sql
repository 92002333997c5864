-- Patients belong to one team (issue 14, finding 4): a pseudonym names a patient within its team only, so another
-- team's patient can be neither linked to a case nor probed through birth-year and sex mismatches. Pseudonyms the
-- portal assigns are numbered per team from now on (PatientRegistry), so the global number sequence goes.
-- Back up the database before running this migration: it rewrites which patient some cases point to.
-- Identical on H2 and PostgreSQL.

alter table patient drop constraint uk_patient_pseudonym;
alter table patient add column team_id bigint;
alter table patient_aud add column team_id bigint;

-- Each patient belongs to the team of its oldest case.
update patient set team_id = (
    select c.team_id from clinical_case c where c.patient_id = patient.id order by c.id fetch first 1 row only);

-- A patient whose cases lie in several teams (a pseudonym could be linked across teams before) becomes one patient
-- per team: the other teams' cases move to a copy in their own team. A copy's id is the negated id of the first
-- case that moves to it, so it can never meet an id that refract_seq hands out.
create table patient_team_copy (
    patient_id bigint not null,
    team_id    bigint not null,
    copy_id    bigint not null,
    constraint pk_patient_team_copy primary key (patient_id, team_id)
);
insert into patient_team_copy (patient_id, team_id, copy_id)
select c.patient_id, c.team_id, -min(c.id)
from clinical_case c join patient p on p.id = c.patient_id
where c.team_id <> p.team_id
group by c.patient_id, c.team_id;
insert into patient (id, version, pseudonym, birth_year, sex, created_at, team_id)
select t.copy_id, 0, p.pseudonym, p.birth_year, p.sex, p.created_at, t.team_id
from patient_team_copy t join patient p on p.id = t.patient_id;
update clinical_case set patient_id = (
    select t.copy_id from patient_team_copy t
    where t.patient_id = clinical_case.patient_id and t.team_id = clinical_case.team_id)
where exists (
    select 1 from patient_team_copy t
    where t.patient_id = clinical_case.patient_id and t.team_id = clinical_case.team_id);
drop table patient_team_copy;

-- A patient without any case has no team that could ever reach it again: it goes.
delete from patient where team_id is null;

alter table patient alter column team_id set not null;
alter table patient add constraint fk_patient_team foreign key (team_id) references team (id);
alter table patient add constraint uk_patient_team_pseudonym unique (team_id, pseudonym);

drop sequence patient_number_seq;
