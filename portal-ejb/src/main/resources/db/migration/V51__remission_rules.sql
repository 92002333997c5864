-- Remission on treatment, per condition, as rules of their own kind (REMISSION): versioned and cited like every
-- rule, edited under Administration -> Rules. review_after_weeks of a remission rule is the period remission must
-- have held on a biologic or immunosuppressant before the panel suggests a step-down review. ITI success also needs
-- the FVIII recovery and half-life, added to the catalogue here. Identical on H2 and PostgreSQL.

insert into instrument (id, version, code, name, short_name, unit, value_kind, min_value, max_value, decimals,
                        higher_is_better, loinc_code, snomed_code, description, source, active, display_order)
values (1000051101, 0, 'fviii-recovery-pct', 'FVIII incremental recovery, % of expected', 'FVIII recovery', '%',
        'NUMBER', 0, 200, 0, true, null, null,
        'Incremental recovery of infused factor VIII as a percentage of the expected rise (after immune tolerance induction).',
        'International ITI study / consensus on ITI success (Hay et al. 2012; Valentino et al. 2015)', true, 335),
       (1000051102, 0, 'fviii-half-life-h', 'FVIII half-life', 'FVIII half-life', 'h', 'NUMBER', 0, 48, 1, true,
        null, null,
        'Half-life of infused factor VIII after a washout, in hours (after immune tolerance induction).',
        'International ITI study / consensus on ITI success (Hay et al. 2012; Valentino et al. 2015)', true, 336);
insert into instrument_condition (instrument_id, condition_id)
select i.id, c.id from instrument i, clinical_condition c
where i.code in ('fviii-recovery-pct', 'fviii-half-life-h') and c.code in ('haemophilia-a');

insert into decision_rule (id, version, code, kind, condition_code, therapy_code, active, current_number) values
    (1000051001, 0, 'remission:severe-asthma', 'REMISSION', 'severe-asthma', null, true, 1),
    (1000051002, 0, 'remission:myasthenia-gravis', 'REMISSION', 'myasthenia-gravis', null, true, 1),
    (1000051003, 0, 'remission:sle', 'REMISSION', 'sle', null, true, 1),
    (1000051004, 0, 'remission:epilepsy', 'REMISSION', 'epilepsy', null, true, 1),
    (1000051005, 0, 'remission:haemophilia-a', 'REMISSION', 'haemophilia-a', 'iti', true, 1);

insert into decision_rule_version (id, rule_id, number, name, source, article_slug, effective_from, criteria,
                                   review_after_weeks, severity, alert_text, change_note, created_by, created_at)
values
(1000052001, 1000051001, 1, 'Severe asthma: clinical remission on treatment',
 'Menzies-Gow et al., J Allergy Clin Immunol 2020;145:757-765 (consensus framework for asthma remission)', null,
 date '2020-03-01',
 '{"type":"all","of":[{"type":"measure","code":"exacerbations-12m","aggregate":"LATEST","op":"EQ","threshold":0,"withinMonths":6,"label":"No exacerbations needing systemic steroids in 12 months"},{"type":"any","of":[{"type":"not","of":{"type":"onTherapy","therapies":["ocs","prednisolone"],"label":"On oral corticosteroids"},"label":"No maintenance oral corticosteroid"},{"type":"measure","code":"ocs-maintenance-mg","aggregate":"LATEST","op":"EQ","threshold":0,"withinMonths":6,"label":"Maintenance prednisolone 0 mg/day"}],"label":"No maintenance oral corticosteroid"},{"type":"any","of":[{"type":"measure","code":"act","aggregate":"LATEST","op":"GE","threshold":20,"withinMonths":6,"label":"ACT 20 or more"},{"type":"measure","code":"acq","aggregate":"LATEST","op":"LE","threshold":1.5,"withinMonths":6,"label":"ACQ 1.5 or less"}],"label":"Asthma controlled (ACT ≥ 20 or ACQ ≤ 1.5)"},{"type":"measure","code":"fev1-pct-pred","aggregate":"LATEST","op":"GE","threshold":80,"withinMonths":12,"label":"Lung function optimised (FEV1 ≥ 80 % predicted; stability is the team''s judgement)"}],"label":"All of the following, for at least 12 months"}',
 52, null, null, 'Initial content from the cited source', 'system', timestamp with time zone '2026-12-02 00:00:00+00'),
(1000052002, 1000051002, 1, 'Myasthenia gravis: minimal manifestations or better on treatment',
 'MGFA post-intervention status (Jaretzki et al., Neurology 2000); MG-ADL 0-1 as minimal symptom expression (Vissing et al. 2020)',
 null, date '2020-01-01',
 '{"type":"all","of":[{"type":"measure","code":"mg-adl","aggregate":"LATEST","op":"LE","threshold":1,"withinMonths":6,"label":"MG-ADL 0 or 1"}],"label":"Minimal manifestations or better"}',
 52, null, null, 'Initial content from the cited source', 'system', timestamp with time zone '2026-12-02 00:00:00+00'),
(1000052003, 1000051003, 1, 'SLE: DORIS remission on treatment',
 '2021 DORIS definition of remission in SLE (van Vollenhoven et al., Lupus Sci Med 2021;8:e000538)', null,
 date '2021-11-24',
 '{"type":"all","of":[{"type":"measure","code":"sledai-2k","aggregate":"LATEST","op":"EQ","threshold":0,"withinMonths":6,"label":"SLEDAI-2K 0 (DORIS asks for clinical SLEDAI 0: serology may remain; this total is stricter)"},{"type":"measure","code":"physician-global","aggregate":"LATEST","op":"LT","threshold":0.5,"withinMonths":6,"label":"Physician global assessment below 0.5 (0-3)"},{"type":"measure","code":"prednisolone-dose","aggregate":"LATEST","op":"LE","threshold":5,"withinMonths":6,"label":"Prednisolone 5 mg/day or less"}],"label":"All of the following"}',
 52, null, null, 'Initial content from the cited source', 'system', timestamp with time zone '2026-12-02 00:00:00+00'),
(1000052004, 1000051004, 1, 'Epilepsy: seizure freedom on treatment',
 'ILAE 2010 (Kwan et al., Epilepsia 2010;51:1069-1077): seizure-free for 12 months or three times the longest pre-treatment interval, whichever is longer',
 null, date '2010-06-01',
 '{"type":"all","of":[{"type":"measure","code":"seizure-free-months","aggregate":"LATEST","op":"GE","threshold":12,"withinMonths":3,"label":"Seizure-free for 12 months or more (longer if three times the longest pre-treatment interval is longer)"}],"label":"Seizure freedom"}',
 52, null, null, 'Initial content from the cited source', 'system', timestamp with time zone '2026-12-02 00:00:00+00'),
(1000052005, 1000051005, 1, 'Haemophilia A with inhibitor: ITI success',
 'ITI success per the International ITI study and consensus (Hay & DiMichele, Blood 2012; Valentino et al., Haemophilia 2015)',
 null, date '2015-01-01',
 '{"type":"all","of":[{"type":"measure","code":"inhibitor-bu","aggregate":"LATEST","op":"LT","threshold":0.6,"withinMonths":6,"label":"Inhibitor titre below 0.6 BU"},{"type":"measure","code":"fviii-recovery-pct","aggregate":"LATEST","op":"GE","threshold":66,"withinMonths":6,"label":"FVIII recovery 66 % of expected or more"},{"type":"measure","code":"fviii-half-life-h","aggregate":"LATEST","op":"GE","threshold":6,"withinMonths":6,"label":"FVIII half-life 6 hours or more"}],"label":"All of the following"}',
 null, null, null, 'Initial content from the cited source', 'system', timestamp with time zone '2026-12-02 00:00:00+00');
