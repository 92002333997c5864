package org.refract.domain.decision;

import static org.refract.domain.casework.FindingStatus.ADDRESSED;
import static org.refract.domain.casework.FindingStatus.CONFIRMED;
import static org.refract.domain.casework.FindingStatus.EXCLUDED;
import static org.refract.domain.casework.FindingStatus.SUSPECTED;

import java.util.List;

/**
 * Severe-asthma vignettes: the ERS/ATS definition, the NICE biologic criteria and their stopping rules, each
 * correction of issue 13 with a vignette that the first version of the rule answered wrongly.
 */
final class AsthmaVignettes {

    private static final String ASTHMA = "severe-asthma";

    /** The GINA comorbidities the refractory definition needs assessed, every one of them. */
    private static final String[] COMORBIDITIES = {
        "obesity", "rhinosinusitis", "gerd", "sleep-apnoea", "anxiety-depression"
    };

    private AsthmaVignettes() {}

    static List<Vignette> all() {
        return List.of(
                Vignette.of(
                                "asthma-eosinophilic",
                                ASTHMA,
                                "Eosinophilic asthma, uncontrolled on ICS-LABA, work-up done")
                        .born(1968)
                        .ongoing("high-dose-ics-laba", 30, true)
                        .measured("act", "12", "points", 1)
                        .measured("blood-eos", "420", "cells/uL", 2)
                        .measured("exacerbations-12m", "5", "count", 1)
                        .measured("feno", "48", "ppb", 2)
                        .measured("total-ige", "850", "IU/mL", 3)
                        .measured("weight-kg", "82", "kg", 1)
                        .measured("allergen-sensitisation", "0", "result", 3)
                        .finding("inhaler-technique", EXCLUDED)
                        .findings(EXCLUDED, COMORBIDITIES)
                        .finding("rhinosinusitis", ADDRESSED)
                        .build(),
                Vignette.of("asthma-eos-boundary-300", ASTHMA, "Eosinophils exactly 300 with 4 exacerbations")
                        .born(1980)
                        .ongoing("high-dose-ics-laba", 24, true)
                        .measured("acq", "2.1", "points", 1)
                        .measured("blood-eos", "300", "cells/uL", 1)
                        .measured("exacerbations-12m", "4", "count", 1)
                        .finding("inhaler-technique", ADDRESSED)
                        .findings(EXCLUDED, COMORBIDITIES)
                        .build(),
                Vignette.of("asthma-eos-299", ASTHMA, "Eosinophils 299 with 4 exacerbations: just below the line")
                        .born(1980)
                        .ongoing("high-dose-ics-laba", 24, true)
                        .measured("acq", "2.1", "points", 1)
                        .measured("blood-eos", "299", "cells/uL", 1)
                        .measured("exacerbations-12m", "4", "count", 1)
                        .finding("inhaler-technique", EXCLUDED)
                        .findings(EXCLUDED, COMORBIDITIES)
                        .build(),
                Vignette.of("asthma-poor-technique", ASTHMA, "Uncontrolled, but inhaler technique is poor")
                        .born(1990)
                        .ongoing("high-dose-ics-laba", 12, true)
                        .measured("act", "14", "points", 1)
                        .measured("blood-eos", "350", "cells/uL", 1)
                        .measured("exacerbations-12m", "3", "count", 1)
                        .finding("inhaler-technique", CONFIRMED)
                        .finding("gerd", EXCLUDED)
                        .build(),
                Vignette.of("asthma-adherence-unknown", ASTHMA, "Uncontrolled, adherence never assessed")
                        .born(1972)
                        .ongoing("high-dose-ics-laba", 18, null)
                        .measured("act", "15", "points", 1)
                        .measured("exacerbations-12m", "2", "count", 1)
                        .finding("inhaler-technique", EXCLUDED)
                        .findings(EXCLUDED, COMORBIDITIES)
                        .build(),
                Vignette.of("asthma-controlled", ASTHMA, "On ICS-LABA and controlled: ACT 22, no exacerbations")
                        .born(1965)
                        .ongoing("high-dose-ics-laba", 36, true)
                        .measured("act", "22", "points", 1)
                        .measured("acq", "0.6", "points", 1)
                        .measured("exacerbations-12m", "0", "count", 1)
                        .measured("serious-exacerbations-12m", "0", "count", 1)
                        .measured("ocs-maintenance-mg", "0", "mg/day", 1)
                        .measured("fev1-pct-pred", "91", "%", 1)
                        .measured("worsens-on-taper", "0", "result", 6)
                        .measured("blood-eos", "180", "cells/uL", 1)
                        .finding("inhaler-technique", EXCLUDED)
                        .finding("obesity", EXCLUDED)
                        .build(),
                Vignette.of(
                                "asthma-ocs-dependent",
                                ASTHMA,
                                "Oral-steroid dependent, eosinophils 310, two exacerbations")
                        .born(1959)
                        .ongoing("high-dose-ics-laba", 48, true)
                        .ongoing("prednisolone", 10, true)
                        .measured("ocs-maintenance-mg", "10", "mg/day", 1)
                        .measured("blood-eos", "310", "cells/uL", 1)
                        .measured("exacerbations-12m", "2", "count", 1)
                        .measured("acq", "1.8", "points", 1)
                        .finding("inhaler-technique", EXCLUDED)
                        .findings(EXCLUDED, COMORBIDITIES)
                        .finding("sleep-apnoea", ADDRESSED)
                        .build(),
                Vignette.of(
                                "asthma-type2-after-mepolizumab",
                                ASTHMA,
                                "Type-2 asthma after a failed year of mepolizumab; eosinophils now 200")
                        .born(1984)
                        .ongoing("high-dose-ics-laba", 60, true)
                        .failed("mepolizumab", 20, 8)
                        .measured("act", "13", "points", 1)
                        .measured("blood-eos", "200", "cells/uL", 1)
                        .measured("feno", "40", "ppb", 1)
                        .measured("exacerbations-12m", "4", "count", 1)
                        .finding("inhaler-technique", EXCLUDED)
                        .findings(EXCLUDED, COMORBIDITIES)
                        .build(),
                Vignette.of("asthma-no-biomarkers", ASTHMA, "Uncontrolled, eosinophils and FeNO never measured")
                        .born(1977)
                        .ongoing("high-dose-ics-laba", 20, true)
                        .measured("act", "11", "points", 1)
                        .measured("exacerbations-12m", "3", "count", 1)
                        .finding("inhaler-technique", EXCLUDED)
                        .finding("gerd", SUSPECTED)
                        .build(),
                Vignette.of("asthma-teenager", ASTHMA, "A 16-year-old with type-2 asthma")
                        .born(2010)
                        .ongoing("high-dose-ics-laba", 12, true)
                        .measured("acq", "2.5", "points", 1)
                        .measured("blood-eos", "450", "cells/uL", 1)
                        .measured("exacerbations-12m", "4", "count", 1)
                        .measured("feno", "30", "ppb", 1)
                        .finding("inhaler-technique", EXCLUDED)
                        .finding("anxiety-depression", EXCLUDED)
                        .build(),
                // ---- corrections of issue 13: each answered wrongly by version 1 of its rule
                Vignette.of(
                                "asthma-suppressed-eos",
                                ASTHMA,
                                "Eosinophils 480 eight months ago, 90 now under oral steroids; 4 exacerbations")
                        .born(1970)
                        .ongoing("high-dose-ics-laba", 40, true)
                        .ongoing("prednisolone", 3, true)
                        .measured("blood-eos", "480", "cells/uL", 8)
                        .measured("blood-eos", "90", "cells/uL", 1)
                        .measured("exacerbations-12m", "4", "count", 1)
                        .measured("act", "12", "points", 1)
                        .finding("inhaler-technique", EXCLUDED)
                        .findings(EXCLUDED, COMORBIDITIES)
                        .build(),
                Vignette.of(
                                "asthma-eos-450-three-exacerbations",
                                ASTHMA,
                                "Eosinophils 450 with 3 exacerbations: TA565's third arm")
                        .born(1976)
                        .ongoing("high-dose-ics-laba", 30, true)
                        .measured("blood-eos", "450", "cells/uL", 2)
                        .measured("exacerbations-12m", "3", "count", 1)
                        .measured("acq", "2.0", "points", 1)
                        .finding("inhaler-technique", EXCLUDED)
                        .findings(EXCLUDED, COMORBIDITIES)
                        .build(),
                Vignette.of(
                                "asthma-low-dose-ocs",
                                ASTHMA,
                                "On prednisolone 2.5 mg/day maintenance, one exacerbation, no type-2 markers")
                        .born(1962)
                        .ongoing("high-dose-ics-laba", 60, true)
                        .ongoing("ocs", 14, true)
                        .measured("ocs-maintenance-mg", "2.5", "mg/day", 1)
                        .measured("exacerbations-12m", "1", "count", 1)
                        .measured("blood-eos", "110", "cells/uL", 2)
                        .measured("act", "16", "points", 1)
                        .finding("inhaler-technique", ADDRESSED)
                        .findings(EXCLUDED, COMORBIDITIES)
                        .build(),
                Vignette.of(
                                "asthma-after-benralizumab",
                                ASTHMA,
                                "Benralizumab failed; still eligible for mepolizumab, FeNO 35, 5 exacerbations")
                        .born(1983)
                        .ongoing("high-dose-ics-laba", 60, true)
                        .failed("benralizumab", 16, 3)
                        .measured("blood-eos", "40", "cells/uL", 5)
                        .measured("blood-eos", "450", "cells/uL", 1)
                        .measured("feno", "35", "ppb", 1)
                        .measured("exacerbations-12m", "5", "count", 1)
                        .finding("inhaler-technique", EXCLUDED)
                        .findings(EXCLUDED, COMORBIDITIES)
                        .build(),
                Vignette.of(
                                "asthma-not-stepped-up",
                                ASTHMA,
                                "Eosinophils 500 and 5 exacerbations, but never on high-dose ICS plus a second controller")
                        .born(1981)
                        .measured("blood-eos", "500", "cells/uL", 1)
                        .measured("exacerbations-12m", "5", "count", 1)
                        .measured("feno", "60", "ppb", 1)
                        .finding("inhaler-technique", EXCLUDED)
                        .build(),
                Vignette.of(
                                "asthma-allergic-ige-1100",
                                ASTHMA,
                                "Allergic asthma, IgE 1100, house-dust-mite skin-prick test positive, 4 steroid courses")
                        .born(1994)
                        .ongoing("high-dose-ics-laba", 36, true)
                        .measured("total-ige", "1100", "IU/mL", 2)
                        .measured("weight-kg", "70", "kg", 1)
                        .measured("allergen-sensitisation", "1", "result", 6)
                        .measured("exacerbations-12m", "4", "count", 1)
                        .measured("blood-eos", "220", "cells/uL", 1)
                        .measured("act", "14", "points", 1)
                        .finding("inhaler-technique", EXCLUDED)
                        .findings(EXCLUDED, COMORBIDITIES)
                        .build(),
                Vignette.of(
                                "asthma-exposure-not-sensitised",
                                ASTHMA,
                                "Cat at home (exposure), specific IgE negative, IgE 300, one exacerbation")
                        .born(1986)
                        .ongoing("high-dose-ics-laba", 24, true)
                        .measured("total-ige", "300", "IU/mL", 2)
                        .measured("weight-kg", "65", "kg", 1)
                        .measured("allergen-sensitisation", "0", "result", 2)
                        .measured("exacerbations-12m", "1", "count", 1)
                        .measured("act", "17", "points", 1)
                        .finding("allergen-exposure", CONFIRMED)
                        .finding("inhaler-technique", EXCLUDED)
                        .build(),
                Vignette.of(
                                "asthma-thermoplasty-fev1-55",
                                ASTHMA,
                                "Thermoplasty asked about, FEV1 55 % predicted (below AIR2's 60 %)")
                        .born(1971)
                        .ongoing("high-dose-ics-laba", 48, true)
                        .measured("fev1-pct-pred", "55", "%", 1)
                        .measured("fev1-fvc-below-lln", "1", "result", 1)
                        .measured("act", "13", "points", 1)
                        .measured("exacerbations-12m", "2", "count", 1)
                        .finding("inhaler-technique", EXCLUDED)
                        .findings(EXCLUDED, COMORBIDITIES)
                        .build(),
                Vignette.of(
                                "asthma-one-comorbidity-checked",
                                ASTHMA,
                                "Uncontrolled on ICS-LABA; only reflux has been looked for")
                        .born(1979)
                        .ongoing("high-dose-ics-laba", 24, true)
                        .measured("act", "13", "points", 1)
                        .measured("exacerbations-12m", "3", "count", 1)
                        .finding("inhaler-technique", EXCLUDED)
                        .finding("gerd", ADDRESSED)
                        .build(),
                Vignette.of(
                                "asthma-icu-admission",
                                ASTHMA,
                                "Symptoms controlled (ACT 21) but one ICU admission this year")
                        .born(1969)
                        .ongoing("high-dose-ics-laba", 36, true)
                        .measured("act", "21", "points", 1)
                        .measured("acq", "1.0", "points", 1)
                        .measured("exacerbations-12m", "1", "count", 1)
                        .measured("serious-exacerbations-12m", "1", "count", 1)
                        .measured("fev1-pct-pred", "85", "%", 1)
                        .finding("inhaler-technique", EXCLUDED)
                        .findings(EXCLUDED, COMORBIDITIES)
                        .build(),
                Vignette.of(
                                "asthma-fev1-75-normal-ratio",
                                ASTHMA,
                                "FEV1 75 % predicted with a normal FEV1/FVC, otherwise controlled")
                        .born(1958)
                        .ongoing("high-dose-ics-laba", 36, true)
                        .measured("act", "21", "points", 1)
                        .measured("acq", "1.0", "points", 1)
                        .measured("exacerbations-12m", "0", "count", 1)
                        .measured("serious-exacerbations-12m", "0", "count", 1)
                        .measured("fev1-pct-pred", "75", "%", 1)
                        .measured("fev1-fvc-below-lln", "0", "result", 1)
                        .measured("worsens-on-taper", "0", "result", 3)
                        .finding("inhaler-technique", EXCLUDED)
                        .findings(EXCLUDED, COMORBIDITIES)
                        .build(),
                Vignette.of(
                                "asthma-worsens-on-taper",
                                ASTHMA,
                                "Controlled on high-dose ICS-LABA, but worsened twice when it was tapered")
                        .born(1974)
                        .ongoing("high-dose-ics-laba", 36, true)
                        .measured("act", "22", "points", 1)
                        .measured("acq", "0.8", "points", 1)
                        .measured("exacerbations-12m", "1", "count", 1)
                        .measured("serious-exacerbations-12m", "0", "count", 1)
                        .measured("fev1-pct-pred", "88", "%", 1)
                        .measured("worsens-on-taper", "1", "result", 2)
                        .finding("inhaler-technique", EXCLUDED)
                        .findings(EXCLUDED, COMORBIDITIES)
                        .build(),
                // ---- response reviews at 12 months (16 weeks for omalizumab)
                Vignette.of("asthma-mepolizumab-review", ASTHMA, "Thirteen months on mepolizumab: exacerbations 6 → 2")
                        .born(1971)
                        .ongoing("high-dose-ics-laba", 48, true)
                        .ongoing("mepolizumab", 13, true)
                        .measured("exacerbations-12m", "6", "count", 14)
                        .measured("blood-eos", "520", "cells/uL", 14)
                        .measured("exacerbations-12m", "2", "count", 1)
                        .measured("act", "19", "points", 1)
                        .finding("inhaler-technique", EXCLUDED)
                        .finding("obesity", EXCLUDED)
                        .build(),
                review(
                        "asthma-mepolizumab-no-response",
                        "mepolizumab",
                        "5",
                        "4",
                        "Thirteen months on mepolizumab: exacerbations 5 → 4"),
                review(
                        "asthma-reslizumab-response",
                        "reslizumab",
                        "6",
                        "1",
                        "Thirteen months on reslizumab: exacerbations 6 → 1"),
                review(
                        "asthma-reslizumab-no-response",
                        "reslizumab",
                        "4",
                        "3",
                        "Thirteen months on reslizumab: exacerbations 4 → 3"),
                review(
                        "asthma-benralizumab-response",
                        "benralizumab",
                        "5",
                        "2",
                        "Thirteen months on benralizumab: exacerbations 5 → 2"),
                review(
                        "asthma-benralizumab-no-response",
                        "benralizumab",
                        "4",
                        "4",
                        "Thirteen months on benralizumab: exacerbations unchanged at 4"),
                review(
                        "asthma-dupilumab-response",
                        "dupilumab",
                        "6",
                        "2",
                        "Thirteen months on dupilumab: exacerbations 6 → 2"),
                Vignette.of(
                                "asthma-dupilumab-ocs-only",
                                ASTHMA,
                                "Thirteen months on dupilumab: oral steroid 10 → 4 mg, exacerbations only 4 → 3")
                        .born(1966)
                        .ongoing("high-dose-ics-laba", 60, true)
                        .ongoing("dupilumab", 13, true)
                        .measured("exacerbations-12m", "4", "count", 14)
                        .measured("ocs-maintenance-mg", "10", "mg/day", 14)
                        .measured("act", "15", "points", 14)
                        .measured("exacerbations-12m", "3", "count", 1)
                        .measured("ocs-maintenance-mg", "4", "mg/day", 1)
                        .measured("act", "17", "points", 1)
                        .finding("inhaler-technique", EXCLUDED)
                        .build(),
                review(
                        "asthma-tezepelumab-response",
                        "tezepelumab",
                        "4",
                        "1",
                        "Thirteen months on tezepelumab: exacerbations 4 → 1"),
                review(
                        "asthma-tezepelumab-no-response",
                        "tezepelumab",
                        "4",
                        "3",
                        "Thirteen months on tezepelumab: exacerbations 4 → 3"),
                Vignette.of("asthma-omalizumab-response", ASTHMA, "Sixteen weeks on omalizumab: ACT 13 → 19")
                        .born(1992)
                        .ongoing("high-dose-ics-laba", 40, true)
                        .ongoingWeeks("omalizumab", 17)
                        .measuredWeeksAgo("act", "13", "points", 18)
                        .measuredWeeksAgo("act", "19", "points", 1)
                        .finding("inhaler-technique", EXCLUDED)
                        .build(),
                Vignette.of("asthma-omalizumab-no-response", ASTHMA, "Sixteen weeks on omalizumab: ACT 14 → 15")
                        .born(1990)
                        .ongoing("high-dose-ics-laba", 40, true)
                        .ongoingWeeks("omalizumab", 17)
                        .measuredWeeksAgo("act", "14", "points", 18)
                        .measuredWeeksAgo("act", "15", "points", 1)
                        .measuredWeeksAgo("acq", "2.2", "points", 18)
                        .measuredWeeksAgo("acq", "2.0", "points", 1)
                        .finding("inhaler-technique", EXCLUDED)
                        .build());
    }

    /** Thirteen months on an anti-IL-5/IL-4R/TSLP biologic with the exacerbation count before and now. */
    private static Vignette review(String key, String therapy, String before, String now, String title) {
        return Vignette.of(key, ASTHMA, title)
                .born(1975)
                .ongoing("high-dose-ics-laba", 48, true)
                .ongoing(therapy, 13, true)
                .measured("exacerbations-12m", before, "count", 14)
                .measured("ocs-maintenance-mg", "0", "mg/day", 14)
                .measured("exacerbations-12m", now, "count", 1)
                .measured("ocs-maintenance-mg", "0", "mg/day", 1)
                .finding("inhaler-technique", EXCLUDED)
                .build();
    }
}
