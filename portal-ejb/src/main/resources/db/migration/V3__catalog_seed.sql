-- Initial content of the catalogue (admin-editable later). Identical on H2 and PostgreSQL.
-- Facts and thresholds come from /shared/DOMAIN.md; every band and therapy names its source so the portal can cite it.
-- Ids start at 1000000001, far above the refract_seq range used by the application, so admins' additions never clash.
-- Id blocks: conditions 10000000xx, instruments 10000001xx, therapies 10000002xx, resistance factors 10000003xx.
-- Positions of allowed values and bands are 0-based and contiguous (JPA @OrderColumn).

-- ---------------------------------------------------------------------------------------------------------------
-- Conditions
-- ICD-10: DOMAIN.md gives patterns for asthma (J45.5x) and intractable epilepsy (G40.x19); we store the ICD-10-CM
-- category J45.5 (severe persistent asthma) and G40.919 (the unspecified member of the G40.x19 family).
-- SNOMED codes not listed in DOMAIN.md (haemophilia B, epilepsy) stay null rather than being guessed.
-- ---------------------------------------------------------------------------------------------------------------
insert into clinical_condition (id, version, code, name, snomed_code, icd10_code, description, active, display_order)
values (1000000001, 0, 'severe-asthma', 'Severe asthma', '370221004', 'J45.5',
        'Asthma that needs high-dose inhaled corticosteroid with a second controller (or systemic steroids) to stay controlled, or remains uncontrolled despite it, once adherence, technique and comorbidities have been addressed.',
        true, 10);
insert into clinical_condition (id, version, code, name, snomed_code, icd10_code, description, active, display_order)
values (1000000002, 0, 'myasthenia-gravis', 'Myasthenia gravis', '91637004', 'G70.0',
        'Autoimmune disorder of the neuromuscular junction causing fatigable weakness; refractory when it does not improve after corticosteroids and at least two other adequately used immunosuppressants.',
        true, 20);
insert into clinical_condition (id, version, code, name, snomed_code, icd10_code, description, active, display_order)
values (1000000003, 0, 'haemophilia-a', 'Haemophilia A', '28293008', 'D66',
        'Inherited deficiency of clotting factor VIII; treatment resistance usually means an inhibitor (neutralising antibody) against replacement factor.',
        true, 30);
insert into clinical_condition (id, version, code, name, snomed_code, icd10_code, description, active, display_order)
values (1000000004, 0, 'haemophilia-b', 'Haemophilia B', null, 'D67',
        'Inherited deficiency of clotting factor IX; inhibitors are rarer than in haemophilia A but may come with allergic reactions to factor IX.',
        true, 40);
insert into clinical_condition (id, version, code, name, snomed_code, icd10_code, description, active, display_order)
values (1000000005, 0, 'epilepsy', 'Drug-resistant epilepsy', null, 'G40.919',
        'Epilepsy in which adequate trials of two tolerated, appropriately chosen antiseizure medication schedules have not brought sustained seizure freedom.',
        true, 50);

-- ---------------------------------------------------------------------------------------------------------------
-- Instruments (observation codes of the REST API)
-- ---------------------------------------------------------------------------------------------------------------
insert into instrument (id, version, code, name, short_name, unit, value_kind, min_value, max_value, decimals,
                        higher_is_better, loinc_code, snomed_code, description, source, active, display_order)
values (1000000101, 0, 'act', 'Asthma Control Test', 'ACT', 'points', 'NUMBER', 5, 25, 0, true, null, null,
        'Five-item patient questionnaire on the last four weeks; higher scores mean better control, a change of 3 points is clinically meaningful.',
        'ACT validation', true, 10);
insert into instrument (id, version, code, name, short_name, unit, value_kind, min_value, max_value, decimals,
                        higher_is_better, loinc_code, snomed_code, description, source, active, display_order)
values (1000000102, 0, 'acq', 'Asthma Control Questionnaire', 'ACQ', 'points', 'NUMBER', 0, 6, 2, false, null, null,
        'Mean of item scores on symptoms, reliever use (and lung function in longer versions); lower is better, a change of 0.5 is clinically meaningful.',
        'Juniper', true, 20);
insert into instrument (id, version, code, name, short_name, unit, value_kind, min_value, max_value, decimals,
                        higher_is_better, loinc_code, snomed_code, description, source, active, display_order)
values (1000000103, 0, 'fev1-pct-pred', 'FEV1 % predicted', 'FEV1 %pred', '%', 'NUMBER', 10, 150, 0, true, '20152-5', null,
        'Forced expiratory volume in one second as a percentage of the predicted value, ideally after bronchodilator.',
        'ERS/ATS 2014', true, 30);
insert into instrument (id, version, code, name, short_name, unit, value_kind, min_value, max_value, decimals,
                        higher_is_better, loinc_code, snomed_code, description, source, active, display_order)
values (1000000104, 0, 'blood-eos', 'Blood eosinophil count', 'Eosinophils', 'cells/uL', 'NUMBER', 0, 5000, 0, null, '711-2', null,
        'Peripheral blood eosinophils, a marker of type-2 inflammation; best measured off oral steroids and repeated when low.',
        'GINA', true, 40);
insert into instrument (id, version, code, name, short_name, unit, value_kind, min_value, max_value, decimals,
                        higher_is_better, loinc_code, snomed_code, description, source, active, display_order)
values (1000000105, 0, 'feno', 'Fractional exhaled nitric oxide', 'FeNO', 'ppb', 'NUMBER', 0, 300, 0, null, null, null,
        'Nitric oxide in exhaled breath, a marker of type-2 airway inflammation that inhaled steroids suppress.',
        'GINA; NICE TA751', true, 50);
insert into instrument (id, version, code, name, short_name, unit, value_kind, min_value, max_value, decimals,
                        higher_is_better, loinc_code, snomed_code, description, source, active, display_order)
values (1000000106, 0, 'total-ige', 'Total serum IgE', 'Total IgE', 'IU/mL', 'NUMBER', 0, 5000, 0, null, '19113-0', null,
        'Total immunoglobulin E in serum; together with body weight it decides whether and how omalizumab can be dosed.',
        'Xolair label', true, 60);
insert into instrument (id, version, code, name, short_name, unit, value_kind, min_value, max_value, decimals,
                        higher_is_better, loinc_code, snomed_code, description, source, active, display_order)
values (1000000107, 0, 'exacerbations-12m', 'Exacerbations needing oral steroids in the last 12 months', 'Exacerbations (12 m)',
        'count', 'NUMBER', 0, 52, 0, false, null, null,
        'Number of asthma attacks treated with a course of systemic corticosteroids (at least 3 days) in the previous 12 months.',
        'NICE TAs', true, 70);
insert into instrument (id, version, code, name, short_name, unit, value_kind, min_value, max_value, decimals,
                        higher_is_better, loinc_code, snomed_code, description, source, active, display_order)
values (1000000108, 0, 'ocs-maintenance-mg', 'Maintenance oral corticosteroid dose', 'Maintenance OCS', 'mg/day', 'NUMBER',
        0, 100, 1, false, null, null,
        'Daily maintenance dose of oral corticosteroid expressed as prednisolone equivalent; NICE also requires the dose to have lasted 6 months.',
        'NICE TA671', true, 80);
insert into instrument (id, version, code, name, short_name, unit, value_kind, min_value, max_value, decimals,
                        higher_is_better, loinc_code, snomed_code, description, source, active, display_order)
values (1000000109, 0, 'mgfa-class', 'MGFA clinical classification', 'MGFA class', 'class', 'VALUE_SET', null, null, 0,
        false, null, null,
        'Myasthenia Gravis Foundation of America class from ocular (I) to intubation (V); suffix a = limb/axial, b = bulbar/respiratory predominant.',
        'MGFA', true, 110);
insert into instrument (id, version, code, name, short_name, unit, value_kind, min_value, max_value, decimals,
                        higher_is_better, loinc_code, snomed_code, description, source, active, display_order)
values (1000000110, 0, 'mg-adl', 'Myasthenia Gravis Activities of Daily Living', 'MG-ADL', 'points', 'NUMBER', 0, 24, 0,
        false, null, null,
        'Eight-item patient-reported score of bulbar, respiratory, limb and ocular symptoms; a fall of 2 points is clinically meaningful.',
        'Wolfe 1999; ADAPT', true, 120);
insert into instrument (id, version, code, name, short_name, unit, value_kind, min_value, max_value, decimals,
                        higher_is_better, loinc_code, snomed_code, description, source, active, display_order)
values (1000000111, 0, 'qmg', 'Quantitative Myasthenia Gravis score', 'QMG', 'points', 'NUMBER', 0, 39, 0, false, null, null,
        'Clinician-examined 13-item score of muscle strength and endurance; responders improve by 3 (ADAPT) or 5 (REGAIN) points.',
        'REGAIN; ADAPT', true, 130);
insert into instrument (id, version, code, name, short_name, unit, value_kind, min_value, max_value, decimals,
                        higher_is_better, loinc_code, snomed_code, description, source, active, display_order)
values (1000000112, 0, 'achr-ab', 'Acetylcholine receptor antibodies', 'AChR-Ab', 'result', 'BINARY', 0, 1, 0, null, null, null,
        'Serum antibodies against the acetylcholine receptor (0 = negative, 1 = positive); positivity is required by complement and FcRn therapies.',
        'MG literature', true, 140);
insert into instrument (id, version, code, name, short_name, unit, value_kind, min_value, max_value, decimals,
                        higher_is_better, loinc_code, snomed_code, description, source, active, display_order)
values (1000000113, 0, 'musk-ab', 'Muscle-specific kinase antibodies', 'MuSK-Ab', 'result', 'BINARY', 0, 1, 0, null, null, null,
        'Serum antibodies against muscle-specific kinase (0 = negative, 1 = positive); MuSK disease responds less to standard therapy and better to rituximab.',
        'MG literature', true, 150);
insert into instrument (id, version, code, name, short_name, unit, value_kind, min_value, max_value, decimals,
                        higher_is_better, loinc_code, snomed_code, description, source, active, display_order)
values (1000000114, 0, 'lrp4-ab', 'LRP4 antibodies', 'LRP4-Ab', 'result', 'BINARY', 0, 1, 0, null, null, null,
        'Serum antibodies against low-density lipoprotein receptor-related protein 4 (0 = negative, 1 = positive), tested when AChR and MuSK are negative.',
        'MG literature', true, 160);
insert into instrument (id, version, code, name, short_name, unit, value_kind, min_value, max_value, decimals,
                        higher_is_better, loinc_code, snomed_code, description, source, active, display_order)
values (1000000115, 0, 'factor-level-pct', 'Factor VIII/IX activity', 'Factor level', '%', 'NUMBER', 0, 200, 1, true,
        '3209-4', null,
        'Baseline activity of the deficient clotting factor as a percentage of normal (1 % = 1 IU/dL); it defines the severity of haemophilia.',
        'ISTH', true, 210);
insert into instrument (id, version, code, name, short_name, unit, value_kind, min_value, max_value, decimals,
                        higher_is_better, loinc_code, snomed_code, description, source, active, display_order)
values (1000000116, 0, 'inhibitor-bu', 'Inhibitor titre', 'Inhibitor', 'BU', 'NUMBER', 0, 2000, 1, false, '3204-5', null,
        'Current neutralising antibody titre against the replacement factor in Bethesda units (Nijmegen-Bethesda assay).',
        'ISTH / Bethesda assay', true, 220);
insert into instrument (id, version, code, name, short_name, unit, value_kind, min_value, max_value, decimals,
                        higher_is_better, loinc_code, snomed_code, description, source, active, display_order)
values (1000000117, 0, 'inhibitor-peak-bu', 'Peak (historical) inhibitor titre', 'Peak inhibitor', 'BU', 'NUMBER', 0, 2000, 1,
        false, null, null,
        'Highest inhibitor titre ever measured; it classifies the patient as a low or high responder even when the current titre is low.',
        'ISTH / Bethesda assay', true, 230);
insert into instrument (id, version, code, name, short_name, unit, value_kind, min_value, max_value, decimals,
                        higher_is_better, loinc_code, snomed_code, description, source, active, display_order)
values (1000000118, 0, 'abr', 'Annualised bleeding rate', 'ABR', 'bleeds/year', 'NUMBER', 0, 200, 1, false, null, null,
        'Treated and untreated bleeds per year over the observation period; count bleeds, not infusions.',
        'PhenX', true, 240);
insert into instrument (id, version, code, name, short_name, unit, value_kind, min_value, max_value, decimals,
                        higher_is_better, loinc_code, snomed_code, description, source, active, display_order)
values (1000000119, 0, 'aav5-ab', 'AAV5 antibodies', 'AAV5-Ab', 'result', 'BINARY', 0, 1, 0, null, null, null,
        'Pre-existing antibodies against the adeno-associated virus serotype 5 capsid (0 = negative, 1 = positive); positivity excludes AAV5 gene therapy.',
        'Roctavian label', true, 250);
insert into instrument (id, version, code, name, short_name, unit, value_kind, min_value, max_value, decimals,
                        higher_is_better, loinc_code, snomed_code, description, source, active, display_order)
values (1000000120, 0, 'seizure-free-months', 'Seizure-free interval', 'Seizure-free', 'months', 'NUMBER', 0, 600, 0, true,
        null, null,
        'Months since the last seizure; ILAE counts freedom as sustained at 12 months or three times the longest pre-treatment interval, whichever is longer.',
        'ILAE 2010', true, 310);
insert into instrument (id, version, code, name, short_name, unit, value_kind, min_value, max_value, decimals,
                        higher_is_better, loinc_code, snomed_code, description, source, active, display_order)
values (1000000121, 0, 'seizures-per-month', 'Seizure frequency', 'Seizures/month', 'per month', 'NUMBER', 0, 1000, 1, false,
        null, null,
        'Average number of seizures per month from a seizure diary over the recent observation period.',
        'Seizure diary', true, 320);
insert into instrument (id, version, code, name, short_name, unit, value_kind, min_value, max_value, decimals,
                        higher_is_better, loinc_code, snomed_code, description, source, active, display_order)
values (1000000122, 0, 'weight-kg', 'Body weight', 'Weight', 'kg', 'NUMBER', 2, 300, 1, null, null, null,
        'Body weight, needed for weight-based dosing (for example omalizumab, immunoglobulin, factor concentrates).',
        'Clinical measurement', true, 900);

-- Which condition each instrument applies to.
insert into instrument_condition (instrument_id, condition_id)
select i.id, c.id from instrument i, clinical_condition c
where i.code in ('act', 'acq', 'fev1-pct-pred', 'blood-eos', 'feno', 'total-ige', 'exacerbations-12m',
                 'ocs-maintenance-mg', 'weight-kg')
  and c.code = 'severe-asthma';
insert into instrument_condition (instrument_id, condition_id)
select i.id, c.id from instrument i, clinical_condition c
where i.code in ('mgfa-class', 'mg-adl', 'qmg', 'achr-ab', 'musk-ab', 'lrp4-ab', 'weight-kg')
  and c.code = 'myasthenia-gravis';
insert into instrument_condition (instrument_id, condition_id)
select i.id, c.id from instrument i, clinical_condition c
where i.code in ('factor-level-pct', 'inhibitor-bu', 'inhibitor-peak-bu', 'abr', 'aav5-ab', 'weight-kg')
  and c.code = 'haemophilia-a';
insert into instrument_condition (instrument_id, condition_id)
select i.id, c.id from instrument i, clinical_condition c
where i.code in ('factor-level-pct', 'inhibitor-bu', 'inhibitor-peak-bu', 'abr', 'weight-kg')
  and c.code = 'haemophilia-b';
insert into instrument_condition (instrument_id, condition_id)
select i.id, c.id from instrument i, clinical_condition c
where i.code in ('seizure-free-months', 'seizures-per-month', 'weight-kg')
  and c.code = 'epilepsy';

-- Value sets: MGFA class in clinical order, then the positive/negative tests (value 0/1).
insert into instrument_allowed_value (instrument_id, position, value_code, label, severity) values
    (1000000109, 0, 'I',    'I — ocular weakness only', 'INFO'),
    (1000000109, 1, 'IIa',  'IIa — mild generalised, limb/axial predominant', 'INFO'),
    (1000000109, 2, 'IIb',  'IIb — mild generalised, bulbar/respiratory predominant', 'INFO'),
    (1000000109, 3, 'IIIa', 'IIIa — moderate generalised, limb/axial predominant', 'WARNING'),
    (1000000109, 4, 'IIIb', 'IIIb — moderate generalised, bulbar/respiratory predominant', 'WARNING'),
    (1000000109, 5, 'IVa',  'IVa — severe generalised, limb/axial predominant', 'DANGER'),
    (1000000109, 6, 'IVb',  'IVb — severe generalised, bulbar/respiratory predominant (feeding tube without intubation)', 'DANGER'),
    (1000000109, 7, 'V',    'V — intubation, with or without mechanical ventilation', 'DANGER');
insert into instrument_allowed_value (instrument_id, position, value_code, label, severity) values
    (1000000112, 0, '0', 'Negative', 'NORMAL'),
    (1000000112, 1, '1', 'Positive', 'INFO'),
    (1000000113, 0, '0', 'Negative', 'NORMAL'),
    (1000000113, 1, '1', 'Positive (MuSK disease: weaker response to standard therapy)', 'WARNING'),
    (1000000114, 0, '0', 'Negative', 'NORMAL'),
    (1000000114, 1, '1', 'Positive', 'INFO'),
    (1000000119, 0, '0', 'Negative', 'NORMAL'),
    (1000000119, 1, '1', 'Positive (excludes AAV5 gene therapy)', 'WARNING');

-- ---------------------------------------------------------------------------------------------------------------
-- Interpretation bands (non-overlapping; together they cover the instrument's range where the source allows)
-- ---------------------------------------------------------------------------------------------------------------
insert into interpretation_band (instrument_id, position, lower_bound, lower_inclusive, upper_bound, upper_inclusive,
                                 label, severity, source) values
    -- ACT (whole points)
    (1000000101, 0, 5,  true, 15, true, 'Very poorly controlled', 'DANGER',  'ACT validation'),
    (1000000101, 1, 16, true, 19, true, 'Not well controlled',    'WARNING', 'ACT validation'),
    (1000000101, 2, 20, true, 25, true, 'Well controlled',        'NORMAL',  'ACT validation'),
    -- ACQ
    (1000000102, 0, 0,    true, 0.75, false, 'Well controlled',                'NORMAL',  'Juniper'),
    (1000000102, 1, 0.75, true, 1.5,  false, 'Partly controlled (grey zone)',  'INFO',    'Juniper'),
    (1000000102, 2, 1.5,  true, 6,    true,  'Uncontrolled',                   'WARNING', 'Juniper; ERS/ATS 2014'),
    -- FEV1 % predicted
    (1000000103, 0, 10, true, 80,  false, 'Reduced (counts towards uncontrolled)', 'WARNING', 'ERS/ATS 2014'),
    (1000000103, 1, 80, true, 150, true,  'Not reduced',                           'NORMAL',  'ERS/ATS 2014'),
    -- Blood eosinophils
    (1000000104, 0, 0,   true, 150,  false, 'Low (non-type-2 pattern)',            'INFO',    'GINA'),
    (1000000104, 1, 150, true, 300,  false, 'Suggests type-2 inflammation',        'INFO',    'GINA'),
    (1000000104, 2, 300, true, 5000, true,  'Eosinophilic (anti-IL-5 threshold)',  'WARNING', 'GINA; NICE TA671'),
    -- FeNO
    (1000000105, 0, 0,  true, 20,  false, 'Low (type-2 inflammation not suggested)',         'INFO',    'GINA'),
    (1000000105, 1, 20, true, 25,  false, 'Suggests type-2 inflammation',                    'INFO',    'GINA'),
    (1000000105, 2, 25, true, 300, true,  'Raised (meets NICE dupilumab FeNO criterion)',    'WARNING', 'NICE TA751'),
    -- Total IgE
    (1000000106, 0, 0,   true,  30,   false, 'Below omalizumab dosing range',  'INFO',   'Xolair label'),
    (1000000106, 1, 30,  true,  700,  true,  'Within omalizumab dosing range', 'NORMAL', 'Xolair label'),
    (1000000106, 2, 700, false, 5000, true,  'Above omalizumab dosing range',  'INFO',   'Xolair label'),
    -- Exacerbations needing oral steroids in 12 months (whole numbers)
    (1000000107, 0, 0, true, 1,  true, 'Infrequent exacerbations',                                    'NORMAL',  'ERS/ATS 2014'),
    (1000000107, 1, 2, true, 3,  true, 'Frequent exacerbations (uncontrolled: 2 or more courses)',    'WARNING', 'ERS/ATS 2014'),
    (1000000107, 2, 4, true, 52, true, 'Very frequent exacerbations (4 or more: biologic threshold)', 'DANGER',  'NICE TA671; NICE TA565; NICE TA751'),
    -- Maintenance OCS (prednisolone equivalent)
    (1000000108, 0, 0, true, 5,   false, 'Below the maintenance OCS threshold',              'INFO',    'NICE TA671'),
    (1000000108, 1, 5, true, 100, true,  'Maintenance OCS (NICE TA671 threshold)',           'WARNING', 'NICE TA671'),
    -- MG-ADL (whole points)
    (1000000110, 0, 0, true, 1,  true, 'Minimal symptom expression',                        'NORMAL',  'ADAPT'),
    (1000000110, 1, 2, true, 5,  true, 'Symptomatic',                                       'INFO',    'Wolfe 1999'),
    (1000000110, 2, 6, true, 24, true, 'Marked symptom burden (REGAIN entry threshold)',    'WARNING', 'REGAIN'),
    -- Factor VIII/IX activity
    (1000000115, 0, 0,  true,  1,   false, 'Severe haemophilia (< 1 %)',          'DANGER',  'ISTH'),
    (1000000115, 1, 1,  true,  5,   true,  'Moderate haemophilia (1–5 %)',        'WARNING', 'ISTH'),
    (1000000115, 2, 5,  false, 40,  false, 'Mild haemophilia (> 5 to < 40 %)',    'INFO',    'ISTH'),
    (1000000115, 3, 40, true,  200, true,  'Normal range (40 % or more)',         'NORMAL',  'ISTH'),
    -- Current inhibitor titre
    (1000000116, 0, 0,   true, 0.6,  false, 'Negative (< 0.6 BU)',                 'NORMAL',  'ISTH / Bethesda assay'),
    (1000000116, 1, 0.6, true, 5,    false, 'Low-titre inhibitor (0.6 to < 5 BU)', 'WARNING', 'ISTH / Bethesda assay'),
    (1000000116, 2, 5,   true, 2000, true,  'High-titre inhibitor (5 BU or more)', 'DANGER',  'ISTH / Bethesda assay'),
    -- Peak inhibitor titre
    (1000000117, 0, 0,   true, 0.6,  false, 'No inhibitor history (< 0.6 BU)',         'NORMAL',  'ISTH / Bethesda assay'),
    (1000000117, 1, 0.6, true, 5,    false, 'Low responder (peak < 5 BU)',             'WARNING', 'ISTH / Bethesda assay'),
    (1000000117, 2, 5,   true, 2000, true,  'High responder (peak ever 5 BU or more)', 'DANGER',  'ISTH / Bethesda assay'),
    -- Seizure-free interval
    (1000000120, 0, 0,  true, 12,  false, 'Not (yet) sustained seizure freedom',  'WARNING', 'ILAE 2010'),
    (1000000120, 1, 12, true, 600, true,  'Sustained seizure freedom (ILAE)',     'NORMAL',  'ILAE 2010');

-- ---------------------------------------------------------------------------------------------------------------
-- Therapies (eligibility hints live in rules, not here)
-- ---------------------------------------------------------------------------------------------------------------
insert into therapy (id, version, code, name, therapy_class, target, route, inhaled, description, source, active, display_order) values
    -- Severe asthma
    (1000000201, 0, 'high-dose-ics-laba', 'High-dose ICS–LABA', 'Inhaled corticosteroid + long-acting beta-agonist',
     'Glucocorticoid receptor; beta-2 adrenoceptor', 'inhaled', true,
     'Maintenance inhaler at GINA step 4–5; an adequate trial needs confirmed adherence and a checked inhaler technique.',
     'GINA; ERS/ATS 2014', true, 10),
    (1000000202, 0, 'ocs', 'Maintenance oral corticosteroid', 'Systemic corticosteroid', 'Glucocorticoid receptor', 'oral', false,
     'Continuous oral steroid to keep asthma controlled; use for half the year or more defines severe asthma and 5 mg/day or more counts in NICE biologic criteria.',
     'ERS/ATS 2014; NICE TA671', true, 20),
    (1000000203, 0, 'prednisolone', 'Prednisolone', 'Systemic corticosteroid', 'Glucocorticoid receptor', 'oral', false,
     'Oral corticosteroid used in courses or as maintenance; in myasthenia gravis the usual first immunosuppressant, titrated to the lowest effective dose.',
     'ERS/ATS 2014; International consensus guidance (2016, updated 2020)', true, 30),
    (1000000204, 0, 'omalizumab', 'Omalizumab', 'Biologic (anti-IgE)', 'Immunoglobulin E', 'subcutaneous', false,
     'Monoclonal antibody binding free IgE for severe allergic asthma; dose depends on total IgE and body weight, response judged at 16 weeks.',
     'Xolair label', true, 40),
    (1000000205, 0, 'mepolizumab', 'Mepolizumab', 'Biologic (anti-IL-5)', 'Interleukin-5', 'subcutaneous', false,
     'Monoclonal antibody against IL-5 for severe eosinophilic asthma; stopped at 12 months without a meaningful fall in exacerbations or oral steroid dose.',
     'NICE TA671', true, 50),
    (1000000206, 0, 'reslizumab', 'Reslizumab', 'Biologic (anti-IL-5)', 'Interleukin-5', 'intravenous', false,
     'Weight-based intravenous anti-IL-5 antibody for severe eosinophilic asthma with high eosinophil counts.',
     'NICE TA479', true, 60),
    (1000000207, 0, 'benralizumab', 'Benralizumab', 'Biologic (anti-IL-5 receptor)', 'Interleukin-5 receptor alpha', 'subcutaneous', false,
     'Antibody against the IL-5 receptor that depletes eosinophils, for severe eosinophilic asthma.',
     'NICE TA565', true, 70),
    (1000000208, 0, 'dupilumab', 'Dupilumab', 'Biologic (anti-IL-4 receptor)', 'Interleukin-4 receptor alpha (IL-4/IL-13 signalling)', 'subcutaneous', false,
     'Blocks IL-4 and IL-13 signalling in severe type-2 asthma; NICE ties it to eosinophils, FeNO, exacerbations and the anti-IL-5 options.',
     'NICE TA751', true, 80),
    (1000000209, 0, 'tezepelumab', 'Tezepelumab', 'Biologic (anti-TSLP)', 'Thymic stromal lymphopoietin', 'subcutaneous', false,
     'Antibody against an upstream epithelial cytokine, usable without a type-2 biomarker in severe asthma with frequent exacerbations or maintenance steroids.',
     'NICE TA880', true, 90),
    (1000000210, 0, 'bronchial-thermoplasty', 'Bronchial thermoplasty', 'Procedure', 'Airway smooth muscle (thermal reduction)', 'bronchoscopic', false,
     'Bronchoscopic heat treatment of the airway walls, offered only in specialist centres or research settings.',
     'GINA', true, 100),
    -- Myasthenia gravis
    (1000000211, 0, 'pyridostigmine', 'Pyridostigmine', 'Acetylcholinesterase inhibitor', 'Acetylcholinesterase', 'oral', false,
     'Symptomatic first-line treatment that prolongs acetylcholine at the junction; it does not change the immune disease.',
     'International consensus guidance (2016, updated 2020)', true, 110),
    (1000000212, 0, 'azathioprine', 'Azathioprine', 'Immunosuppressant', 'Purine synthesis (antimetabolite)', 'oral', false,
     'Steroid-sparing immunosuppressant with a slow onset over many months; check TPMT activity before starting.',
     'International consensus guidance (2016, updated 2020)', true, 120),
    (1000000213, 0, 'mycophenolate', 'Mycophenolate mofetil', 'Immunosuppressant', 'Inosine monophosphate dehydrogenase (lymphocyte proliferation)', 'oral', false,
     'Steroid-sparing immunosuppressant; teratogenic, so contraception is needed.',
     'International consensus guidance (2016, updated 2020)', true, 130),
    (1000000214, 0, 'methotrexate', 'Methotrexate', 'Immunosuppressant', 'Dihydrofolate reductase', 'oral', false,
     'Weekly steroid-sparing immunosuppressant, an option when others are not tolerated.',
     'International consensus guidance (2016, updated 2020)', true, 140),
    (1000000215, 0, 'ivig', 'Intravenous immunoglobulin', 'Immunoglobulin (rescue therapy)', 'Polyclonal IgG (immunomodulation)', 'intravenous', false,
     'Pooled immunoglobulin for crises and rapid improvement; needing it repeatedly is part of the refractory definition.',
     'International consensus guidance (2016, updated 2020)', true, 150),
    (1000000216, 0, 'plasma-exchange', 'Plasma exchange', 'Procedure', 'Removal of circulating autoantibodies', 'intravenous', false,
     'Apheresis that removes pathogenic antibodies for crises or before surgery; ongoing need counts towards refractory disease.',
     'International consensus guidance (2016, updated 2020)', true, 160),
    (1000000217, 0, 'rituximab', 'Rituximab', 'Biologic (anti-CD20)', 'CD20 on B cells', 'intravenous', false,
     'B-cell depleting antibody, especially effective in refractory MuSK-positive disease.',
     'International consensus guidance (2016, updated 2020)', true, 170),
    (1000000218, 0, 'eculizumab', 'Eculizumab', 'Biologic (complement C5 inhibitor)', 'Complement C5', 'intravenous', false,
     'Terminal complement inhibitor for AChR-positive generalised disease; needs meningococcal vaccination.',
     'REGAIN; label', true, 180),
    (1000000219, 0, 'ravulizumab', 'Ravulizumab', 'Biologic (complement C5 inhibitor)', 'Complement C5 (long-acting)', 'intravenous', false,
     'Long-acting terminal complement inhibitor for AChR-positive generalised disease, given every eight weeks; needs meningococcal vaccination.',
     'Label; REGAIN', true, 190),
    (1000000220, 0, 'efgartigimod', 'Efgartigimod alfa', 'Biologic (FcRn antagonist)', 'Neonatal Fc receptor', 'intravenous', false,
     'Blocks IgG recycling and lowers pathogenic antibody levels in cycles, for AChR-positive generalised disease.',
     'ADAPT', true, 200),
    (1000000221, 0, 'thymectomy', 'Thymectomy', 'Procedure', 'Thymus (surgical removal)', 'surgical', false,
     'Removal of the thymus; benefits AChR-positive generalised disease in adults up to 65 and is required for thymoma.',
     'MGTX', true, 210),
    -- Haemophilia
    (1000000222, 0, 'fviii-concentrate', 'Factor VIII concentrate', 'Factor replacement', 'Factor VIII', 'intravenous', false,
     'Plasma-derived or recombinant factor VIII (standard or extended half-life) for prophylaxis or bleeds.',
     'WFH', true, 310),
    (1000000223, 0, 'fix-concentrate', 'Factor IX concentrate', 'Factor replacement', 'Factor IX', 'intravenous', false,
     'Plasma-derived or recombinant factor IX (standard or extended half-life) for prophylaxis or bleeds.',
     'WFH', true, 320),
    (1000000224, 0, 'iti', 'Immune tolerance induction', 'Immune tolerance induction', 'Inhibitor eradication by regular high-dose factor', 'intravenous', false,
     'Frequent high-dose factor over months to years to eradicate an inhibitor; success means a negative titre with normal recovery and half-life.',
     'ITI consensus', true, 330),
    (1000000225, 0, 'apcc', 'Activated prothrombin complex concentrate', 'Bypassing agent', 'Activated clotting factors bypassing FVIII/FIX', 'intravenous', false,
     'Treats or prevents bleeds despite an inhibitor; avoid high cumulative doses with emicizumab because of thrombotic microangiopathy.',
     'WFH', true, 340),
    (1000000226, 0, 'rfviia', 'Recombinant activated factor VII', 'Bypassing agent', 'Factor VIIa (tissue factor pathway)', 'intravenous', false,
     'Short-acting bypassing agent for bleeds in patients with inhibitors.',
     'WFH', true, 350),
    (1000000227, 0, 'emicizumab', 'Emicizumab', 'Non-factor replacement (FVIII mimetic)', 'Bispecific antibody bridging factor IXa and factor X', 'subcutaneous', false,
     'Subcutaneous prophylaxis for haemophilia A with or without inhibitors; thrombotic microangiopathy has occurred with aPCC.',
     'Hemlibra label', true, 360),
    (1000000228, 0, 'valoctocogene-roxaparvovec', 'Valoctocogene roxaparvovec', 'Gene therapy', 'AAV5 vector with a factor VIII gene', 'intravenous', false,
     'One-off gene transfer for adults with severe haemophilia A without AAV5 antibodies or inhibitor history.',
     'Roctavian label', true, 370),
    -- Epilepsy
    (1000000229, 0, 'levetiracetam', 'Levetiracetam', 'Antiseizure medication', 'Synaptic vesicle protein SV2A', 'oral', false,
     'Broad-spectrum antiseizure medication; watch for mood and behavioural side effects.',
     'Label; ILAE 2010', true, 410),
    (1000000230, 0, 'valproate', 'Sodium valproate', 'Antiseizure medication', 'Multiple (sodium channels, GABA)', 'oral', false,
     'Broad-spectrum antiseizure medication, highly effective in generalised epilepsies; teratogenic, so a pregnancy prevention programme applies.',
     'Label; ILAE 2010', true, 420),
    (1000000231, 0, 'lamotrigine', 'Lamotrigine', 'Antiseizure medication', 'Voltage-gated sodium channels', 'oral', false,
     'Antiseizure medication for focal and generalised seizures; slow titration lowers the risk of serious rash.',
     'Label; ILAE 2010', true, 430),
    (1000000232, 0, 'carbamazepine', 'Carbamazepine', 'Antiseizure medication', 'Voltage-gated sodium channels', 'oral', false,
     'Antiseizure medication for focal seizures; enzyme inducer, and HLA-B*15:02 carriers risk severe skin reactions.',
     'Label; ILAE 2010', true, 440),
    (1000000233, 0, 'cenobamate', 'Cenobamate', 'Antiseizure medication', 'Persistent sodium current; GABA-A receptor modulation', 'oral', false,
     'Add-on antiseizure medication for drug-resistant focal seizures; titrated slowly because of hypersensitivity reactions.',
     'Label', true, 450),
    (1000000234, 0, 'epilepsy-surgery', 'Epilepsy surgery', 'Procedure', 'Resection or disconnection of the seizure focus', 'surgical', false,
     'Resective or disconnective surgery after presurgical evaluation; refer once two appropriate medications have failed.',
     'ILAE 2010', true, 460),
    (1000000235, 0, 'vagus-nerve-stimulation', 'Vagus nerve stimulation', 'Neuromodulation', 'Left vagus nerve', 'implanted', false,
     'Implanted pulse generator stimulating the vagus nerve to reduce seizure frequency when surgery is not an option.',
     'Label', true, 470);

insert into therapy_condition (therapy_id, condition_id)
select t.id, c.id from therapy t, clinical_condition c
where t.code in ('high-dose-ics-laba', 'ocs', 'prednisolone', 'omalizumab', 'mepolizumab', 'reslizumab', 'benralizumab',
                 'dupilumab', 'tezepelumab', 'bronchial-thermoplasty')
  and c.code = 'severe-asthma';
insert into therapy_condition (therapy_id, condition_id)
select t.id, c.id from therapy t, clinical_condition c
where t.code in ('prednisolone', 'pyridostigmine', 'azathioprine', 'mycophenolate', 'methotrexate', 'ivig',
                 'plasma-exchange', 'rituximab', 'eculizumab', 'ravulizumab', 'efgartigimod', 'thymectomy')
  and c.code = 'myasthenia-gravis';
insert into therapy_condition (therapy_id, condition_id)
select t.id, c.id from therapy t, clinical_condition c
where t.code in ('fviii-concentrate', 'iti', 'apcc', 'rfviia', 'emicizumab', 'valoctocogene-roxaparvovec')
  and c.code = 'haemophilia-a';
insert into therapy_condition (therapy_id, condition_id)
select t.id, c.id from therapy t, clinical_condition c
where t.code in ('fix-concentrate', 'iti', 'apcc', 'rfviia')
  and c.code = 'haemophilia-b';
insert into therapy_condition (therapy_id, condition_id)
select t.id, c.id from therapy t, clinical_condition c
where t.code in ('levetiracetam', 'valproate', 'lamotrigine', 'carbamazepine', 'cenobamate', 'epilepsy-surgery',
                 'vagus-nerve-stimulation')
  and c.code = 'epilepsy';

-- ---------------------------------------------------------------------------------------------------------------
-- Resistance factors (taxonomy from DOMAIN.md); the last five complete the taxonomy beyond the API minimum.
-- ---------------------------------------------------------------------------------------------------------------
insert into resistance_factor (id, version, code, name, category, modifiable, assessment, description, active, display_order) values
    -- Biological
    (1000000301, 0, 'steroid-resistance', 'Corticosteroid resistance', 'BIOLOGICAL', false,
     'Persistent symptoms, eosinophilia or raised FeNO despite verified adherence to high-dose steroids, or no response to a supervised oral steroid trial.',
     'Reduced sensitivity of inflammation to corticosteroids, so even adherent high-dose treatment fails.', true, 10),
    (1000000302, 0, 'non-eosinophilic-endotype', 'Non-eosinophilic (neutrophilic or paucigranulocytic) endotype', 'BIOLOGICAL', false,
     'Repeated blood eosinophil counts below 150 cells/uL and low FeNO, ideally off oral steroids, with induced sputum cytology where available.',
     'Airway inflammation without a type-2 signature, which responds poorly to steroids and to anti-IgE/IL-5/IL-4 biologics.', true, 20),
    (1000000303, 0, 'antibody-subtype', 'Antibody subtype', 'BIOLOGICAL', false,
     'AChR, MuSK and LRP4 antibody testing, with cell-based assays when standard assays are negative.',
     'The target of the autoantibodies shapes the response: MuSK disease responds less to standard therapy and better to rituximab, and complement or FcRn therapies need AChR positivity.', true, 30),
    (1000000304, 0, 'inhibitor', 'Factor inhibitor', 'BIOLOGICAL', true,
     'Nijmegen-Bethesda assay (0.6 BU or more is positive, a peak of 5 BU or more means high responder) and poor recovery or half-life of infused factor.',
     'Neutralising antibodies against replacement factor make it ineffective; immune tolerance induction may eradicate them.', true, 40),
    -- Genetic
    (1000000305, 0, 'gr-variant', 'Glucocorticoid-receptor variant', 'GENETIC', false,
     'Glucocorticoid-receptor (NR3C1) genotyping in research settings, suspected when steroid response is poor despite adherence.',
     'Inherited variants of the steroid receptor that blunt the response to corticosteroids.', true, 50),
    (1000000306, 0, 'f8-mutation-type', 'F8/F9 mutation type', 'GENETIC', false,
     'Genetic analysis of F8 or F9 (inversion testing first in haemophilia A, then sequencing and deletion analysis).',
     'The causative variant predicts inhibitor risk: compared with the intron-22 inversion, large deletions carry about 3.6 times the odds and missense variants about 0.3 times.', true, 60),
    (1000000307, 0, 'hla', 'HLA type', 'GENETIC', false,
     'HLA typing, for example HLA-B*15:02 before carbamazepine in people of Asian ancestry.',
     'Tissue-type alleles that are linked to autoimmune susceptibility and to severe drug reactions that limit treatment choices.', true, 70),
    (1000000308, 0, 'drug-metabolism-variant', 'Drug-metabolism variant', 'GENETIC', false,
     'Pharmacogenetic testing (for example TPMT/NUDT15 before azathioprine, CYP2C9/CYP2C19) and measured drug levels.',
     'Inherited differences in how drugs are broken down, leading to low exposure or toxicity at standard doses.', true, 80),
    -- Environmental
    (1000000309, 0, 'tobacco-smoke', 'Tobacco smoke', 'ENVIRONMENTAL', true,
     'Smoking history in pack-years, second-hand and vaping exposure, exhaled carbon monoxide or cotinine.',
     'Active or passive smoking drives steroid-insensitive airway inflammation.', true, 90),
    (1000000310, 0, 'allergen-exposure', 'Allergen exposure', 'ENVIRONMENTAL', true,
     'Allergy history with skin-prick or specific IgE testing, and review of exposure at home and work.',
     'Ongoing exposure to allergens the patient is sensitised to, for example house dust mite, pets or moulds.', true, 100),
    (1000000311, 0, 'air-pollution', 'Air pollution', 'ENVIRONMENTAL', true,
     'Residential and commuting history with local air-quality data, and symptom diaries compared with pollution episodes.',
     'Outdoor or indoor pollutants (particulates, nitrogen dioxide, ozone, gas cooking) that provoke exacerbations.', true, 110),
    (1000000312, 0, 'occupational-exposure', 'Occupational exposure', 'ENVIRONMENTAL', true,
     'Occupational history and serial peak-flow recordings at and away from work, with specific inhalation challenge when needed.',
     'Sensitisers or irritants at work that cause or worsen asthma.', true, 120),
    (1000000313, 0, 'infections', 'Recurrent infections', 'ENVIRONMENTAL', true,
     'Infection history, microbiology or viral testing during deteriorations, vaccination status and immunoglobulin levels.',
     'Infections that trigger exacerbations or crises, or coincide with intensive factor exposure and raise inhibitor risk.', true, 130),
    -- Comorbidities
    (1000000314, 0, 'obesity', 'Obesity', 'COMORBIDITY', true,
     'Body-mass index from measured height and weight, and waist circumference.',
     'Excess weight worsens breathlessness and steroid response, and is itself worsened by long-term steroids.', true, 140),
    (1000000315, 0, 'rhinosinusitis', 'Chronic rhinosinusitis with or without nasal polyps', 'COMORBIDITY', true,
     'ENT review with nasal endoscopy, SNOT-22 questionnaire and sinus CT.',
     'Upper-airway type-2 disease that keeps lower-airway inflammation going.', true, 150),
    (1000000316, 0, 'gerd', 'Gastro-oesophageal reflux disease', 'COMORBIDITY', true,
     'Symptom history, a trial of acid suppression, and pH-impedance monitoring when the picture is unclear.',
     'Reflux that mimics or aggravates asthma symptoms.', true, 160),
    (1000000317, 0, 'sleep-apnoea', 'Obstructive sleep apnoea', 'COMORBIDITY', true,
     'STOP-BANG screening followed by overnight respiratory polygraphy or polysomnography.',
     'Disordered breathing at night that worsens daytime symptoms, fatigue and seizure control.', true, 170),
    (1000000318, 0, 'anxiety-depression', 'Anxiety or depression', 'COMORBIDITY', true,
     'Screening with HADS or PHQ-9 and GAD-7, followed by psychological assessment.',
     'Mood disorders that amplify symptoms, reduce adherence and worsen quality of life.', true, 180),
    (1000000319, 0, 'autoimmune-comorbidity', 'Other autoimmune disease', 'COMORBIDITY', true,
     'Thyroid function and autoantibody screening, and review for other autoimmune conditions.',
     'Coexisting autoimmune disease such as thyroid disease that adds fatigue or weakness and affects treatment choice.', true, 190),
    -- Behavioural
    (1000000320, 0, 'adherence', 'Poor adherence', 'BEHAVIOURAL', true,
     'Prescription refill records, dose counters or infusion logs, FeNO suppression test (asthma) and drug levels where available.',
     'Treatment not taken as prescribed; it must be excluded before a trial counts as failed.', true, 200),
    (1000000321, 0, 'inhaler-technique', 'Poor inhaler technique', 'BEHAVIOURAL', true,
     'Observed demonstration with the patient''s own device against a device-specific checklist.',
     'Errors in using the inhaler so that too little drug reaches the lungs.', true, 210),
    (1000000322, 0, 'side-effects', 'Side effects', 'BEHAVIOURAL', true,
     'Structured review of adverse effects and dose history (for example the Liverpool Adverse Events Profile or a steroid toxicity checklist).',
     'Adverse effects that force dose reduction or stopping before a trial is adequate.', true, 220),
    (1000000323, 0, 'cost-access', 'Cost or access to care', 'BEHAVIOURAL', true,
     'Review of prescription costs, funding approvals, distance to the specialist centre and missed appointments.',
     'Financial or practical barriers that interrupt treatment or delay specialist review.', true, 230),
    -- Disease
    (1000000324, 0, 'thymic-pathology', 'Thymic pathology', 'DISEASE', true,
     'Chest CT or MRI of the mediastinum, and histology after thymectomy.',
     'Thymoma or thymic hyperplasia that sustains the autoimmune response and may need surgery.', true, 240),
    (1000000325, 0, 'disease-duration', 'Long disease duration', 'DISEASE', false,
     'Years since onset and diagnosis from history and records.',
     'Long-standing disease is harder to control and more often has fixed damage.', true, 250),
    (1000000326, 0, 'irreversible-damage', 'Irreversible damage or remodelling', 'DISEASE', false,
     'Fixed obstruction on post-bronchodilator spirometry and CT (asthma), joint scores and imaging (haemophilic arthropathy), fixed weakness with muscle atrophy (MG).',
     'Structural change that no longer responds to anti-inflammatory or replacement therapy.', true, 260),
    -- Diagnostic
    (1000000327, 0, 'misdiagnosis', 'Misdiagnosis', 'DIAGNOSTIC', true,
     'Review of the diagnosis: spirometry with reversibility or bronchial challenge (asthma), antibodies and electrophysiology (MG), factor assays (haemophilia), video-EEG monitoring (epilepsy).',
     'The patient has another condition (for example inducible laryngeal obstruction or non-epileptic attacks) that the treatment cannot help.', true, 270),
    (1000000328, 0, 'wrong-phenotype', 'Wrong phenotype or syndrome', 'DIAGNOSTIC', true,
     'Re-phenotyping with biomarkers, antibody re-testing, or syndrome reclassification with EEG, MRI and genetics.',
     'The right disease but the wrong subtype, so the chosen therapy does not fit its mechanism.', true, 280);

-- Which condition each factor applies to.
insert into resistance_factor_condition (factor_id, condition_id)
select f.id, c.id from resistance_factor f, clinical_condition c
where f.code in ('steroid-resistance', 'non-eosinophilic-endotype', 'gr-variant', 'tobacco-smoke', 'allergen-exposure',
                 'air-pollution', 'occupational-exposure', 'infections', 'obesity', 'rhinosinusitis', 'gerd',
                 'sleep-apnoea', 'anxiety-depression', 'adherence', 'inhaler-technique', 'side-effects', 'cost-access',
                 'disease-duration', 'irreversible-damage', 'misdiagnosis', 'wrong-phenotype')
  and c.code = 'severe-asthma';
insert into resistance_factor_condition (factor_id, condition_id)
select f.id, c.id from resistance_factor f, clinical_condition c
where f.code in ('steroid-resistance', 'antibody-subtype', 'gr-variant', 'hla', 'drug-metabolism-variant', 'infections',
                 'obesity', 'sleep-apnoea', 'anxiety-depression', 'autoimmune-comorbidity', 'adherence', 'side-effects',
                 'cost-access', 'thymic-pathology', 'disease-duration', 'irreversible-damage', 'misdiagnosis',
                 'wrong-phenotype')
  and c.code = 'myasthenia-gravis';
insert into resistance_factor_condition (factor_id, condition_id)
select f.id, c.id from resistance_factor f, clinical_condition c
where f.code in ('inhibitor', 'f8-mutation-type', 'hla', 'infections', 'anxiety-depression', 'adherence', 'side-effects',
                 'cost-access', 'disease-duration', 'irreversible-damage', 'misdiagnosis')
  and c.code in ('haemophilia-a', 'haemophilia-b');
insert into resistance_factor_condition (factor_id, condition_id)
select f.id, c.id from resistance_factor f, clinical_condition c
where f.code in ('hla', 'drug-metabolism-variant', 'infections', 'sleep-apnoea', 'anxiety-depression', 'adherence',
                 'side-effects', 'cost-access', 'disease-duration', 'misdiagnosis', 'wrong-phenotype')
  and c.code = 'epilepsy';
