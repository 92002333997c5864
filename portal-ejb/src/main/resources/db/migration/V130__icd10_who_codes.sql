-- The catalogue's ICD-10 codes travel as http://hl7.org/fhir/sid/icd-10, the WHO classification (also the UK's).
-- Two seeded codes (V3) were ICD-10-CM codes that WHO ICD-10 does not have: J45.5 "severe persistent asthma" and
-- G40.919 "epilepsy, unspecified, intractable" (WHO J45 has .0/.1/.8/.9 only, G40 four characters only). They become
-- the WHO codes that hold those conditions; severity and drug resistance are the case's content, not the code's.
-- Checked against what: docs/standard-codes.md. Only a code still as seeded is changed (an administrator's edit stays).
update clinical_condition set icd10_code = 'J45.9' where code = 'severe-asthma' and icd10_code = 'J45.5';
update clinical_condition set icd10_code = 'G40.9' where code = 'epilepsy' and icd10_code = 'G40.919';
