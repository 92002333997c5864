package org.refract.demo.casework;

import java.time.LocalDate;
import java.util.List;
import org.refract.domain.casework.CaseStatus;
import org.refract.service.casework.NewCase;
import org.refract.service.casework.PatientRequest;

/** The showcase cases of severe asthma (the respiratory team). */
final class SevereAsthmaDemoCases extends DemoCaseBuilder {

    SevereAsthmaDemoCases(LocalDate today) {
        super(today);
    }

    @Override
    List<DemoCases> cases() {
        return List.of(eosinophilicAsthma(), poorAdherenceAsthma(), omalizumabFailure(), benralizumabReview());
    }

    private DemoCases eosinophilicAsthma() {
        return new DemoCases(
                "resp.pulm",
                CaseStatus.READY_FOR_REVIEW,
                new NewCase(
                        new PatientRequest("P-1001", 1968, "F"),
                        "severe-asthma",
                        "respiratory",
                        "Eosinophilic asthma uncontrolled on high-dose ICS-LABA",
                        "Uncontrolled despite high-dose ICS-LABA for over two years with confirmed adherence and"
                                + " good inhaler technique. Five oral steroid bursts in the last year; now on"
                                + " maintenance prednisolone. Nasal polyps confirmed by ENT. Question for the MDT:"
                                + " eligibility for an anti-IL-5 biologic.",
                        List.of(
                                obs("act", 11, "points", 12),
                                obs("act", 13, "points", 8),
                                obs("act", 12, "points", 4),
                                obs("act", 10, "points", 1),
                                obs("acq", 2.6, "points", 1),
                                obs("blood-eos", 420, "cells/uL", 9),
                                obs("blood-eos", 380, "cells/uL", 1),
                                obs("feno", 48, "ppb", 1),
                                obs("total-ige", 150, "IU/mL", 9),
                                obs("fev1-pct-pred", 64, "%", 6),
                                obs("fev1-pct-pred", 61, "%", 1),
                                obs("exacerbations-12m", 5, "count", 1),
                                obs("ocs-maintenance-mg", 7.5, "mg/day", 1),
                                obs("weight-kg", 78.0, "kg", 1)),
                        List.of(
                                line(
                                        "high-dose-ics-laba",
                                        "Fluticasone/salmeterol 500/50 µg twice daily",
                                        30,
                                        null,
                                        "NONE",
                                        null,
                                        true,
                                        "Dose counter and pharmacy refill records",
                                        true,
                                        true,
                                        null),
                                line(
                                        "prednisolone",
                                        "7.5 mg daily",
                                        7,
                                        null,
                                        "PARTIAL",
                                        null,
                                        true,
                                        "Pharmacy refill records",
                                        null,
                                        true,
                                        null)),
                        List.of(
                                finding("adherence", "EXCLUDED", "Refill records 96 % over 12 months.", 6),
                                finding("inhaler-technique", "EXCLUDED", "Checked by the specialist nurse.", 6),
                                finding(
                                        "rhinosinusitis",
                                        "ADDRESSED",
                                        "Nasal polyps on ENT endoscopy; intranasal steroid since the spring.",
                                        5),
                                finding("gerd", "EXCLUDED", "Nocturnal cough; pH-impedance study normal.", 2),
                                finding("tobacco-smoke", "EXCLUDED", "Never smoker; no exposure at home.", 6),
                                finding("obesity", "EXCLUDED", "BMI 26.", 6),
                                finding("sleep-apnoea", "EXCLUDED", "Epworth 5; overnight oximetry normal.", 5),
                                finding("anxiety-depression", "EXCLUDED", "HADS 4 and 3 in clinic.", 5))));
    }

    private DemoCases poorAdherenceAsthma() {
        return new DemoCases(
                "resp.nurse",
                CaseStatus.DRAFT,
                new NewCase(
                        new PatientRequest("P-1002", 1991, "M"),
                        "severe-asthma",
                        "respiratory",
                        "Difficult-to-treat asthma: adherence and technique first",
                        "Frequent exacerbations on paper step 5 treatment, but refills cover less than half of"
                                + " the year and the inhaler technique was poor at the last visit. Not yet severe"
                                + " asthma by definition: address adherence and technique before any biologic.",
                        List.of(
                                obs("act", 14, "points", 5), obs("act", 15, "points", 1),
                                obs("blood-eos", 180, "cells/uL", 5), obs("feno", 22, "ppb", 5),
                                obs("exacerbations-12m", 3, "count", 1), obs("fev1-pct-pred", 74, "%", 5)),
                        List.of(line(
                                "high-dose-ics-laba",
                                "Budesonide/formoterol 400/12 µg two puffs twice daily",
                                18,
                                null,
                                "PARTIAL",
                                null,
                                false,
                                "Refills cover 45 % of days",
                                false,
                                false,
                                "Adherence not established")),
                        List.of(
                                finding("adherence", "CONFIRMED", "Refills cover 45 % of days over 12 months.", 2),
                                finding("inhaler-technique", "CONFIRMED", "Poor coordination with the pMDI.", 2),
                                finding("anxiety-depression", "SUSPECTED", "HADS anxiety 11.", 2))));
    }

    private DemoCases omalizumabFailure() {
        // Ready for review here: the demo meeting (DemoMeetingSeeder) discusses it and issues a recommendation.
        return new DemoCases(
                "resp.pulm",
                CaseStatus.READY_FOR_REVIEW,
                new NewCase(
                        new PatientRequest("P-1003", 1979, "F"),
                        "severe-asthma",
                        "respiratory",
                        "Allergic asthma: no response to omalizumab at 16 weeks",
                        "Perennial allergen sensitisation (house dust mite). Omalizumab stopped after an adequate"
                                + " 16-week trial without response. Eosinophils have risen since.",
                        List.of(
                                obs("total-ige", 420, "IU/mL", 14),
                                obs("weight-kg", 70.0, "kg", 14),
                                obs("act", 12, "points", 10),
                                obs("act", 13, "points", 5),
                                obs("act", 12, "points", 1),
                                obs("blood-eos", 260, "cells/uL", 10),
                                obs("blood-eos", 450, "cells/uL", 1),
                                obs("exacerbations-12m", 4, "count", 1),
                                obs("feno", 35, "ppb", 1)),
                        List.of(
                                line(
                                        "high-dose-ics-laba",
                                        "Fluticasone furoate/vilanterol 184/22 µg daily",
                                        36,
                                        null,
                                        "NONE",
                                        null,
                                        true,
                                        "Electronic inhaler monitor",
                                        true,
                                        true,
                                        null),
                                line(
                                        "omalizumab",
                                        "450 mg every 2 weeks",
                                        14,
                                        10,
                                        "NONE",
                                        "No response at the 16-week review",
                                        true,
                                        "Administered in clinic",
                                        null,
                                        true,
                                        null)),
                        List.of(
                                finding("allergen-exposure", "ADDRESSED", "Mite-proof covers; dehumidifier.", 12),
                                finding("adherence", "EXCLUDED", "Inhaler monitor shows 92 % of doses.", 8),
                                finding("inhaler-technique", "EXCLUDED", "Checked twice.", 8),
                                finding("obesity", "EXCLUDED", "BMI 24.", 8))));
    }

    private DemoCases benralizumabReview() {
        return new DemoCases(
                "resp.pharm",
                CaseStatus.FOLLOW_UP,
                new NewCase(
                        new PatientRequest("P-1004", 1964, "M"),
                        "severe-asthma",
                        "respiratory",
                        "Benralizumab at 13 months: response review due",
                        "Severe eosinophilic asthma; benralizumab started after the MDT recommendation last year. Six"
                                + " exacerbations in the year before, two since; maintenance prednisolone tapered from"
                                + " 10 to 2.5 mg. Twelve-month response review per NICE TA565.",
                        List.of(
                                obs("exacerbations-12m", 6, "count", 14), obs("ocs-maintenance-mg", 10, "mg/day", 14),
                                obs("blood-eos", 640, "cells/uL", 14), obs("act", 11, "points", 14),
                                obs("exacerbations-12m", 2, "count", 1), obs("ocs-maintenance-mg", 2.5, "mg/day", 1),
                                obs("blood-eos", 0, "cells/uL", 1), obs("act", 19, "points", 1)),
                        List.of(
                                line(
                                        "high-dose-ics-laba",
                                        "Beclometasone/formoterol 200/6 µg two puffs twice daily",
                                        60,
                                        null,
                                        "PARTIAL",
                                        null,
                                        true,
                                        "Dose counter",
                                        true,
                                        true,
                                        null),
                                line(
                                        "benralizumab",
                                        "30 mg every 8 weeks",
                                        13,
                                        null,
                                        "PARTIAL",
                                        null,
                                        true,
                                        "Administered in clinic",
                                        null,
                                        null,
                                        null)),
                        List.of(
                                finding("adherence", "EXCLUDED", "Dose counter and clinic administration.", 14),
                                finding("inhaler-technique", "EXCLUDED", "Checked by the nurse.", 14),
                                finding("obesity", "EXCLUDED", "BMI 26.", 14))));
    }
}
