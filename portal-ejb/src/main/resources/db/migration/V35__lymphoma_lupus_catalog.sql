-- Lymphoma (DLBCL) and lupus (SLE) in the catalogue: conditions, the instruments their rules read, therapies and
-- resistance factors. Identical on H2 and PostgreSQL. Facts from shared/DOMAIN.md and the sources named per row.
-- Id blocks (clear of V3 and of other seeds): conditions 1000000006-7, instruments 1000000150-169,
-- therapies 1000000250-269, resistance factors 1000000350-359.

-- ---------------------------------------------------------------------------------------------------------------
-- Conditions
-- SNOMED CT 109969005 is the concept clinical coding lists use for DLBCL ("DLBCL - diffuse large B cell lymphoma");
-- 55464009 is systemic lupus erythematosus. ICD-10: C83.3 diffuse large B-cell lymphoma; M32 the SLE category.
-- ---------------------------------------------------------------------------------------------------------------
insert into clinical_condition (id, version, code, name, snomed_code, icd10_code, description, active, display_order)
values (1000000006, 0, 'dlbcl', 'Diffuse large B-cell lymphoma', '109969005', 'C83.3',
        'Aggressive B-cell lymphoma, curable with R-CHOP in most; refractory when progressive or stable disease is the best response to chemotherapy, or when it relapses within 12 months of an autologous transplant (SCHOLAR-1).',
        true, 60);
insert into clinical_condition (id, version, code, name, snomed_code, icd10_code, description, active, display_order)
values (1000000007, 0, 'sle', 'Systemic lupus erythematosus', '55464009', 'M32',
        'Multisystem autoimmune disease with anti-dsDNA antibodies and complement consumption; refractory when it stays active despite glucocorticoids, hydroxychloroquine and at least two immunosuppressants or biologics.',
        true, 70);

-- ---------------------------------------------------------------------------------------------------------------
-- Instruments (observation codes of the REST API)
-- ---------------------------------------------------------------------------------------------------------------
insert into instrument (id, version, code, name, short_name, unit, value_kind, min_value, max_value, decimals,
                        higher_is_better, loinc_code, snomed_code, description, source, active, display_order) values
    (1000000150, 0, 'ecog', 'ECOG performance status', 'ECOG', 'score', 'NUMBER', 0, 4, 0, false, '89247-1', null,
     'Eastern Cooperative Oncology Group grade of daily functioning: 0 fully active, 1 restricted in strenuous activity, 2 self-caring but unable to work, 3 limited self-care, 4 completely disabled.',
     'ECOG (Oken et al. 1982); ZUMA-7; TRANSFORM', true, 410),
    (1000000151, 0, 'prior-lines', 'Prior lines of systemic therapy', 'Prior lines', 'count', 'NUMBER', 0, 15, 0, null, null, null,
     'Lines of systemic therapy given so far; salvage chemotherapy with its consolidating transplant counts as one line.',
     'NICE TA872; NICE TA927; NICE TA954', true, 420),
    (1000000152, 0, 'best-response', 'Best response to the latest line (Lugano 2014)', 'Best response', 'category', 'VALUE_SET', null, null, 0,
     null, null, null,
     'Best response reached during the most recent line of therapy, by PET-CT per the Lugano 2014 classification: CR complete, PR partial, SD stable, PD progressive disease.',
     'Lugano 2014 (Cheson et al., JCO 2014); SCHOLAR-1', true, 430),
    (1000000153, 0, 'relapse-after-first-line-months', 'Relapse interval after first-line chemoimmunotherapy', 'Relapse after 1L',
     'months', 'NUMBER', 0, 600, 0, true, null, null,
     'Months from the end of first-line chemoimmunotherapy to biopsy- or PET-proven relapse; 12 months or less is early relapse (ZUMA-7, TRANSFORM).',
     'ZUMA-7; TRANSFORM; NICE TA895', true, 440),
    (1000000154, 0, 'relapse-after-asct-months', 'Relapse interval after autologous transplant', 'Relapse after ASCT',
     'months', 'NUMBER', 0, 600, 0, true, null, null,
     'Months from autologous stem cell transplantation to relapse; 12 months or less counts as refractory disease in SCHOLAR-1.',
     'SCHOLAR-1', true, 450),
    (1000000155, 0, 'asct-suitable', 'Autologous transplant suitable', 'ASCT suitable', 'result', 'BINARY', 0, 1, 0, null, null, null,
     'The team''s judgement that high-dose chemotherapy with autologous stem cell rescue would be suitable (1 = yes, 0 = no); NICE asks that age is not used as a proxy for fitness.',
     'NICE TA895; NICE TA1048', true, 460),
    (1000000156, 0, 'hbsag', 'Hepatitis B surface antigen', 'HBsAg', 'result', 'BINARY', 0, 1, 0, null, '5196-1', null,
     'Screening for chronic hepatitis B before B-cell depleting therapy (0 = negative, 1 = positive).',
     'Rituximab boxed warning; CAR-T labels', true, 470),
    (1000000157, 0, 'anti-hbc', 'Hepatitis B core antibody', 'Anti-HBc', 'result', 'BINARY', 0, 1, 0, null, '16933-4', null,
     'Marker of past or occult hepatitis B infection that can reactivate under anti-CD20 or CAR-T therapy (0 = negative, 1 = positive).',
     'Rituximab boxed warning; CAR-T labels', true, 480),
    (1000000160, 0, 'sledai-2k', 'SLE Disease Activity Index 2000', 'SLEDAI-2K', 'points', 'NUMBER', 0, 105, 0, false, null, null,
     'Weighted count of 24 lupus manifestations in the last 30 days; 6 or more is active disease, 10 or more high activity; clinical SLEDAI-2K leaves out the serology items.',
     'Gladman et al., J Rheumatol 2002', true, 510),
    (1000000161, 0, 'selena-sledai', 'SELENA-SLEDAI', 'SELENA-SLEDAI', 'points', 'NUMBER', 0, 105, 0, false, null, null,
     'The SLEDAI version of the SELENA trial used by NICE for belimumab: 10 or more with a serological marker is high disease activity; a fall of 4 or more points by 24 weeks is a response.',
     'NICE TA752', true, 520),
    (1000000162, 0, 'anti-dsdna', 'Anti-double-stranded DNA antibodies', 'Anti-dsDNA', 'result', 'BINARY', 0, 1, 0, null, null, null,
     'Serum antibodies against double-stranded DNA (0 = negative, 1 = positive), a serological marker of lupus activity.',
     'NICE TA752', true, 530),
    (1000000163, 0, 'c3', 'Complement C3', 'C3', 'g/L', 'NUMBER', 0, 5, 2, true, '4485-9', null,
     'Serum complement C3; consumption below the laboratory''s lower limit (about 0.9 g/L) is a serological marker of active lupus.',
     'NICE TA752; laboratory reference range', true, 540),
    (1000000164, 0, 'c4', 'Complement C4', 'C4', 'g/L', 'NUMBER', 0, 2, 2, true, '4498-2', null,
     'Serum complement C4; consumption below the laboratory''s lower limit (about 0.1 g/L) is a serological marker of active lupus.',
     'NICE TA752; laboratory reference range', true, 550),
    (1000000165, 0, 'physician-global', 'Physician global assessment', 'PGA', 'points', 'NUMBER', 0, 3, 1, false, null, null,
     'The physician''s rating of overall lupus activity from 0 (none) to 3 (severe); below 0.5 is one condition of DORIS remission.',
     'DORIS 2021 (van Vollenhoven et al.)', true, 560),
    (1000000166, 0, 'prednisolone-dose', 'Prednisolone daily dose', 'Prednisolone', 'mg/day', 'NUMBER', 0, 1000, 1, false, null, null,
     'Current daily dose of prednisolone or its equivalent; 5 mg/day or less is one condition of DORIS remission, 7.5 mg/day or less of LLDAS.',
     'DORIS 2021; LLDAS (Franklyn et al. 2016)', true, 570),
    (1000000167, 0, 'upcr', 'Urine protein:creatinine ratio', 'UPCR', 'mg/mmol', 'NUMBER', 0, 3000, 0, false, null, null,
     'Proteinuria measured on a spot urine sample; above 50 mg/mmol (about 0.5 g/day) counts in SLEDAI-2K and suggests active lupus nephritis.',
     'SLEDAI-2K; KDIGO lupus nephritis 2024', true, 580);

insert into instrument_condition (instrument_id, condition_id)
select i.id, c.id from instrument i, clinical_condition c
where i.code in ('ecog', 'prior-lines', 'best-response', 'relapse-after-first-line-months', 'relapse-after-asct-months',
                 'asct-suitable', 'hbsag', 'anti-hbc', 'weight-kg')
  and c.code = 'dlbcl';
insert into instrument_condition (instrument_id, condition_id)
select i.id, c.id from instrument i, clinical_condition c
where i.code in ('sledai-2k', 'selena-sledai', 'anti-dsdna', 'c3', 'c4', 'physician-global', 'prednisolone-dose', 'upcr',
                 'hbsag', 'anti-hbc', 'weight-kg')
  and c.code = 'sle';
-- Rituximab is an option in myasthenia gravis too, so HBV screening is recordable there.
insert into instrument_condition (instrument_id, condition_id)
select i.id, c.id from instrument i, clinical_condition c
where i.code in ('hbsag', 'anti-hbc') and c.code = 'myasthenia-gravis';

insert into instrument_allowed_value (instrument_id, position, value_code, label, severity) values
    (1000000152, 0, 'CR', 'CR — complete metabolic response', 'NORMAL'),
    (1000000152, 1, 'PR', 'PR — partial response', 'INFO'),
    (1000000152, 2, 'SD', 'SD — stable disease (no response; refractory in SCHOLAR-1)', 'WARNING'),
    (1000000152, 3, 'PD', 'PD — progressive disease (refractory in SCHOLAR-1)', 'DANGER'),
    (1000000155, 0, '0', 'Not suitable', 'INFO'),
    (1000000155, 1, '1', 'Suitable', 'NORMAL'),
    (1000000156, 0, '0', 'Negative', 'NORMAL'),
    (1000000156, 1, '1', 'Positive (hepatitis B: antiviral treatment and hepatology advice first)', 'DANGER'),
    (1000000157, 0, '0', 'Negative', 'NORMAL'),
    (1000000157, 1, '1', 'Positive (past hepatitis B: prophylaxis or monitoring for reactivation)', 'WARNING'),
    (1000000162, 0, '0', 'Negative', 'NORMAL'),
    (1000000162, 1, '1', 'Positive (serologically active)', 'WARNING');

insert into interpretation_band (instrument_id, position, lower_bound, lower_inclusive, upper_bound, upper_inclusive,
                                 label, severity, source) values
    -- ECOG (whole grades)
    (1000000150, 0, 0, true, 1, true, 'Fit (ECOG 0-1: CAR-T trial entry)',       'NORMAL',  'ZUMA-7; TRANSFORM'),
    (1000000150, 1, 2, true, 2, true, 'Self-caring, unable to work (ECOG 2)',    'WARNING', 'ECOG'),
    (1000000150, 2, 3, true, 4, true, 'Limited or no self-care (ECOG 3-4)',      'DANGER',  'ECOG'),
    -- Relapse after first-line therapy
    (1000000153, 0, 0,  true,  12,  true, 'Early relapse (12 months or less)', 'DANGER', 'ZUMA-7; TRANSFORM; NICE TA895'),
    (1000000153, 1, 12, false, 600, true, 'Late relapse (after 12 months)',    'INFO',   'ZUMA-7; TRANSFORM'),
    -- Relapse after autologous transplant
    (1000000154, 0, 0,  true,  12,  true, 'Relapse within 12 months of transplant (refractory)', 'DANGER', 'SCHOLAR-1'),
    (1000000154, 1, 12, false, 600, true, 'Relapse more than 12 months after transplant',        'INFO',   'SCHOLAR-1'),
    -- SLEDAI-2K (whole points)
    (1000000160, 0, 0,  true, 0,   true, 'No activity',                         'NORMAL',  'Gladman et al. 2002'),
    (1000000160, 1, 1,  true, 5,   true, 'Mild activity',                       'INFO',    'Gladman et al. 2002'),
    (1000000160, 2, 6,  true, 9,   true, 'Active disease',                      'WARNING', 'Gladman et al. 2002'),
    (1000000160, 3, 10, true, 105, true, 'High disease activity (10 or more)',  'DANGER',  'Gladman et al. 2002'),
    -- SELENA-SLEDAI
    (1000000161, 0, 0,  true, 9,   true, 'Below the NICE belimumab threshold',  'INFO',    'NICE TA752'),
    (1000000161, 1, 10, true, 105, true, 'High disease activity (NICE TA752)',  'DANGER',  'NICE TA752'),
    -- Complement (local lower limits of normal; the laboratory's own range prevails)
    (1000000163, 0, 0,   true, 0.9, false, 'Low (complement consumption)', 'WARNING', 'Laboratory reference range'),
    (1000000163, 1, 0.9, true, 5,   true,  'Not low',                      'NORMAL',  'Laboratory reference range'),
    (1000000164, 0, 0,   true, 0.1, false, 'Low (complement consumption)', 'WARNING', 'Laboratory reference range'),
    (1000000164, 1, 0.1, true, 2,   true,  'Not low',                      'NORMAL',  'Laboratory reference range'),
    -- Physician global assessment
    (1000000165, 0, 0,   true, 0.5, false, 'Below 0.5 (DORIS remission limit)', 'NORMAL',  'DORIS 2021'),
    (1000000165, 1, 0.5, true, 1,   true,  'Mild activity',                     'INFO',    'DORIS 2021'),
    (1000000165, 2, 1,   false, 3,  true,  'Moderate to severe activity',       'WARNING', 'DORIS 2021'),
    -- Prednisolone dose
    (1000000166, 0, 0,   true,  5,    true, 'Within the DORIS remission limit (5 mg/day or less)', 'NORMAL',  'DORIS 2021'),
    (1000000166, 1, 5,   false, 7.5,  true, 'Within the LLDAS limit (7.5 mg/day or less)',         'INFO',    'LLDAS'),
    (1000000166, 2, 7.5, false, 1000, true, 'Above the LLDAS limit',                               'WARNING', 'LLDAS'),
    -- Urine protein:creatinine ratio
    (1000000167, 0, 0,  true,  50,   true, 'Not significant (50 mg/mmol or less)',       'NORMAL',  'SLEDAI-2K'),
    (1000000167, 1, 50, false, 3000, true, 'Proteinuria (counts in SLEDAI-2K)',           'WARNING', 'SLEDAI-2K');

-- ---------------------------------------------------------------------------------------------------------------
-- Therapies (eligibility hints live in rules, V36)
-- ---------------------------------------------------------------------------------------------------------------
insert into therapy (id, version, code, name, therapy_class, target, route, inhaled, description, source, active, display_order) values
    -- DLBCL
    (1000000250, 0, 'r-chop', 'R-CHOP', 'Chemoimmunotherapy', 'CD20; DNA (anthracycline-based chemotherapy)', 'intravenous', false,
     'Rituximab with cyclophosphamide, doxorubicin, vincristine and prednisolone: first-line treatment of DLBCL, usually six 21-day cycles.',
     'NICE NG52; SCHOLAR-1', true, 510),
    (1000000251, 0, 'r-ice', 'R-ICE', 'Salvage chemoimmunotherapy', 'CD20; DNA (platinum-based chemotherapy)', 'intravenous', false,
     'Rituximab with ifosfamide, carboplatin and etoposide: salvage for relapsed or refractory DLBCL before high-dose therapy and transplant.',
     'CORAL (Gisselbrecht et al., JCO 2010)', true, 520),
    (1000000252, 0, 'autologous-sct', 'Autologous stem cell transplant', 'High-dose therapy with stem cell rescue', 'Chemosensitive lymphoma', 'intravenous', false,
     'High-dose chemotherapy followed by the patient''s own stem cells, for relapse that responded to salvage chemotherapy.',
     'PARMA (Philip et al., NEJM 1995); CORAL', true, 530),
    (1000000253, 0, 'axicabtagene-ciloleucel', 'Axicabtagene ciloleucel (axi-cel)', 'CAR-T cell therapy', 'CD19', 'intravenous', false,
     'Autologous anti-CD19 CAR-T cells after lymphodepletion; second line for primary refractory or early relapsed disease, or after two or more lines. Needs CRS/ICANS monitoring and tocilizumab on site.',
     'Yescarta SmPC; ZUMA-7; NICE TA895; NICE TA872', true, 540),
    (1000000254, 0, 'lisocabtagene-maraleucel', 'Lisocabtagene maraleucel (liso-cel)', 'CAR-T cell therapy', 'CD19', 'intravenous', false,
     'Autologous anti-CD19 CAR-T cells given in a defined CD4:CD8 ratio; second line for primary refractory or early relapsed disease when a transplant would be suitable.',
     'Breyanzi SmPC; TRANSFORM; NICE TA1048', true, 550),
    (1000000255, 0, 'tisagenlecleucel', 'Tisagenlecleucel (tisa-cel)', 'CAR-T cell therapy', 'CD19', 'intravenous', false,
     'Autologous anti-CD19 CAR-T cells licensed after two or more lines of systemic therapy; NICE could not make a recommendation (TA933).',
     'Kymriah SmPC; JULIET; NICE TA933', true, 560),
    (1000000256, 0, 'glofitamab', 'Glofitamab', 'Bispecific antibody (CD20 x CD3)', 'CD20 on B cells; CD3 on T cells', 'intravenous', false,
     'Fixed-duration T-cell engaging bispecific after obinutuzumab pre-treatment, step-up dosing because of cytokine release syndrome.',
     'Columvi SmPC; NICE TA927', true, 570),
    (1000000257, 0, 'epcoritamab', 'Epcoritamab', 'Bispecific antibody (CD20 x CD3)', 'CD20 on B cells; CD3 on T cells', 'subcutaneous', false,
     'Subcutaneous T-cell engaging bispecific given until progression, step-up dosing because of cytokine release syndrome and ICANS.',
     'Tepkinly SmPC; NICE TA954', true, 580),
    (1000000258, 0, 'polatuzumab-br', 'Polatuzumab vedotin with bendamustine and rituximab', 'Antibody-drug conjugate with chemoimmunotherapy',
     'CD79b; CD20', 'intravenous', false,
     'Anti-CD79b antibody-drug conjugate with bendamustine and rituximab for relapsed or refractory DLBCL when a stem cell transplant is not suitable.',
     'Polivy SmPC; NICE TA649', true, 590),
    -- SLE
    (1000000260, 0, 'hydroxychloroquine', 'Hydroxychloroquine', 'Antimalarial', 'Toll-like receptor signalling', 'oral', false,
     'Background therapy for nearly every person with lupus; lowers flares and damage, needs retinal screening.',
     'EULAR SLE recommendations 2023; BSR SLE guideline 2017', true, 610),
    (1000000261, 0, 'belimumab', 'Belimumab', 'Biologic (anti-BLyS)', 'B-lymphocyte stimulator (BAFF)', 'intravenous', false,
     'Add-on for active autoantibody-positive lupus with high disease activity despite standard therapy; continued beyond 24 weeks only with a SELENA-SLEDAI fall of 4 points or more.',
     'Benlysta SmPC; NICE TA752', true, 620),
    (1000000262, 0, 'anifrolumab', 'Anifrolumab', 'Biologic (anti-type I interferon receptor)', 'IFNAR1', 'intravenous', false,
     'Add-on for moderate to severe active autoantibody-positive lupus; NICE could not make a recommendation (TA793).',
     'Saphnelo SmPC; TULIP-2; NICE TA793', true, 630),
    (1000000263, 0, 'cyclophosphamide', 'Cyclophosphamide (intravenous)', 'Alkylating immunosuppressant', 'Proliferating lymphocytes', 'intravenous', false,
     'Induction for severe lupus nephritis or organ-threatening lupus (Euro-Lupus low-dose or NIH regimen); gonadal toxicity limits the cumulative dose.',
     'Euro-Lupus Nephritis Trial; EULAR SLE recommendations 2023', true, 640),
    (1000000264, 0, 'voclosporin', 'Voclosporin', 'Calcineurin inhibitor', 'Calcineurin', 'oral', false,
     'Added to mycophenolate mofetil for active class III, IV or V lupus nephritis.',
     'Lupkynis SmPC; AURORA 1; NICE TA882', true, 650),
    (1000000265, 0, 'cd19-car-t', 'CD19 CAR-T cell therapy (investigational)', 'CAR-T cell therapy', 'CD19', 'intravenous', false,
     'Autologous anti-CD19 CAR-T cells after fludarabine and cyclophosphamide; in lupus only within a clinical trial, after drug-free remissions in case series.',
     'Mackensen et al., Nat Med 2022; Müller et al., NEJM 2024', true, 660);

insert into therapy_condition (therapy_id, condition_id)
select t.id, c.id from therapy t, clinical_condition c
where t.code in ('r-chop', 'r-ice', 'autologous-sct', 'axicabtagene-ciloleucel', 'lisocabtagene-maraleucel',
                 'tisagenlecleucel', 'glofitamab', 'epcoritamab', 'polatuzumab-br')
  and c.code = 'dlbcl';
insert into therapy_condition (therapy_id, condition_id)
select t.id, c.id from therapy t, clinical_condition c
where t.code in ('prednisolone', 'hydroxychloroquine', 'azathioprine', 'mycophenolate', 'methotrexate', 'cyclophosphamide',
                 'rituximab', 'belimumab', 'anifrolumab', 'voclosporin', 'cd19-car-t')
  and c.code = 'sle';

-- ---------------------------------------------------------------------------------------------------------------
-- Resistance factors
-- ---------------------------------------------------------------------------------------------------------------
insert into resistance_factor (id, version, code, name, category, modifiable, assessment, description, active, display_order) values
    (1000000350, 0, 'clonal-evolution', 'Clonal evolution', 'BIOLOGICAL', false,
     'Repeat biopsy at relapse with histology, immunophenotype and, where available, sequencing or circulating tumour DNA.',
     'The lymphoma acquires new genetic changes under treatment (for example TP53 loss or MYC rearrangement) that make it resistant to the therapy that worked before.', true, 290),
    (1000000351, 0, 'antigen-loss', 'Target antigen loss', 'BIOLOGICAL', false,
     'Immunohistochemistry or flow cytometry of a fresh biopsy for CD19 and CD20 before the next targeted therapy.',
     'CD19 or CD20 is no longer expressed after targeted therapy (CAR-T, bispecifics, rituximab), so the next therapy against the same target has nothing to bind.', true, 300),
    (1000000352, 0, 'anti-drug-antibodies', 'Anti-drug antibodies', 'BIOLOGICAL', true,
     'Drug levels and anti-drug antibody assays where available; infusion reactions and a loss of effect after an initial response.',
     'Antibodies against a biologic drug (for example rituximab) that neutralise it or speed its clearance.', true, 310);

insert into resistance_factor_condition (factor_id, condition_id)
select f.id, c.id from resistance_factor f, clinical_condition c
where f.code in ('clonal-evolution', 'antigen-loss', 'infections', 'adherence', 'side-effects', 'cost-access',
                 'disease-duration', 'misdiagnosis', 'wrong-phenotype')
  and c.code = 'dlbcl';
insert into resistance_factor_condition (factor_id, condition_id)
select f.id, c.id from resistance_factor f, clinical_condition c
where f.code in ('anti-drug-antibodies', 'steroid-resistance', 'hla', 'drug-metabolism-variant', 'infections', 'obesity',
                 'anxiety-depression', 'autoimmune-comorbidity', 'adherence', 'side-effects', 'cost-access',
                 'disease-duration', 'irreversible-damage', 'misdiagnosis')
  and c.code = 'sle';
insert into resistance_factor_condition (factor_id, condition_id)
select f.id, c.id from resistance_factor f, clinical_condition c
where f.code = 'anti-drug-antibodies' and c.code = 'myasthenia-gravis';
