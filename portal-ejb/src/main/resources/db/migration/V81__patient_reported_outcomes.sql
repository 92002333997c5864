-- Patient-reported outcomes (issue 15): ACQ-5 for asthma, MG-QoL15r for myasthenia gravis and the EQ-5D-5L visual
-- analogue scale for every condition, with their ranges and bands. Where the source gives no validated cut-offs
-- (MG-QoL15r, EQ VAS) the one band says so instead of inventing thresholds. The EQ-5D-5L utility index is not added:
-- it depends on a national value set (e.g. England, Devlin et al. 2018) that the team must choose; the VAS is the
-- patient's own 0-100 rating and needs none. Identical on H2 and PostgreSQL.

insert into instrument (id, version, code, name, short_name, unit, value_kind, min_value, max_value, decimals,
                        higher_is_better, loinc_code, snomed_code, description, source, active, display_order)
values (1000081101, 0, 'acq-5', 'Asthma Control Questionnaire, 5 items', 'ACQ-5', 'points', 'NUMBER', 0, 6, 2, false,
        null, null,
        'Mean of five symptom items over the previous week (0 = no impairment, 6 = maximal); lower is better, a change of 0.5 is clinically meaningful. ACQ-5 is the symptom-only version, without reliever use or FEV1.',
        'Juniper et al., Respir Med 2005;99:553-558 (shortened ACQ versions); Juniper et al., Respir Med 2006;100:616-621 (cut points 0.75 and 1.5)',
        true, 21),
       (1000081102, 0, 'mg-qol15r', 'Myasthenia Gravis Quality of Life 15-item scale, revised', 'MG-QoL15r', 'points',
        'NUMBER', 0, 30, 0, false, null, null,
        'Fifteen patient-rated items, each 0 (not at all) to 2 (very much), summed to 0-30; higher scores mean worse myasthenia-specific quality of life. Compare a patient with their own earlier scores: there are no validated severity bands.',
        'Burns et al., Muscle Nerve 2016;54:1015-1022 (MG-QOL15r); Burns et al., Muscle Nerve 2008;38:957-963 (MG-QOL15)',
        true, 125),
       (1000081103, 0, 'eq-5d-5l-vas', 'EQ-5D-5L visual analogue scale (EQ VAS)', 'EQ VAS', 'points', 'NUMBER', 0, 100,
        0, true, null, null,
        'The patient''s own rating of their health today from 0 (the worst health you can imagine) to 100 (the best health you can imagine), the second part of the EQ-5D-5L. This is the VAS, not the utility index (which needs a national value set).',
        'EuroQol Research Foundation, EQ-5D-5L user guide; Herdman et al., Qual Life Res 2011;20:1727-1736',
        true, 950);

insert into instrument_condition (instrument_id, condition_id)
select i.id, c.id from instrument i, clinical_condition c
where (i.code = 'acq-5' and c.code = 'severe-asthma')
   or (i.code = 'mg-qol15r' and c.code = 'myasthenia-gravis')
   or (i.code = 'eq-5d-5l-vas');

insert into interpretation_band (instrument_id, position, lower_bound, lower_inclusive, upper_bound, upper_inclusive,
                                 label, severity, source) values
    -- ACQ-5: the cut points validated for the ACQ-5 and ACQ-6 as well as the full ACQ
    (1000081101, 0, 0,    true, 0.75, false, 'Well controlled',               'NORMAL',  'Juniper et al., Respir Med 2006'),
    (1000081101, 1, 0.75, true, 1.5,  false, 'Partly controlled (grey zone)', 'INFO',    'Juniper et al., Respir Med 2006'),
    (1000081101, 2, 1.5,  true, 6,    true,  'Not well controlled',           'WARNING', 'Juniper et al., Respir Med 2006'),
    -- MG-QoL15r: no validated bands; one band over the range that says so
    (1000081102, 0, 0, true, 30, true, 'Higher is worse (no validated cut-offs: compare with earlier scores)', 'INFO',
     'Burns et al., Muscle Nerve 2016'),
    -- EQ VAS: no cut-offs either
    (1000081103, 0, 0, true, 100, true, 'Higher is better (the patient''s own rating; no cut-offs)', 'INFO',
     'EuroQol EQ-5D-5L user guide');
