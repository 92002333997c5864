package org.refract.service.platform;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.refract.domain.casework.CaseStatus;
import org.refract.service.casework.FindingEntry;
import org.refract.service.casework.NewCase;
import org.refract.service.casework.ObservationEntry;
import org.refract.service.casework.PatientEntry;
import org.refract.service.casework.TreatmentLineEntry;

/**
 * Hand-written demonstration cases, one or two per kind of resistance the portal is for, dated relative to the
 * day the demo starts so that charts look current. Patients are fictional and known only by pseudonym.
 *
 * @param clinician the demo clinician who records the case
 * @param status where the case stands in the workflow
 */
record DemoCases(String clinician, CaseStatus status, NewCase command) {

    static List<DemoCases> all(LocalDate today) {
        return new Builder(today).build();
    }

    /** Builds the cases; a class so that dates read as "months ago". */
    private static final class Builder {

        private final LocalDate today;

        Builder(LocalDate today) {
            this.today = today;
        }

        private LocalDate monthsAgo(int months) {
            return today.minusMonths(months);
        }

        private ObservationEntry obs(String code, Object value, String unit, int monthsAgo) {
            Object typed = value instanceof Double d ? BigDecimal.valueOf(d) : value;
            return new ObservationEntry(code, typed, unit, monthsAgo(monthsAgo), null);
        }

        private TreatmentLineEntry line(
                String therapy,
                String dose,
                int startMonthsAgo,
                Integer endMonthsAgo,
                String response,
                String reasonStopped,
                Boolean adherent,
                String adherenceMethod,
                Boolean technique,
                Boolean adequate,
                String adequacyReason) {
            return new TreatmentLineEntry(
                    therapy,
                    dose,
                    monthsAgo(startMonthsAgo),
                    endMonthsAgo == null ? null : monthsAgo(endMonthsAgo),
                    response,
                    reasonStopped,
                    adherent,
                    adherenceMethod,
                    technique,
                    adequate,
                    adequacyReason);
        }

        private FindingEntry finding(String factor, String status, String evidence, int monthsAgo) {
            return new FindingEntry(factor, status, evidence, monthsAgo(monthsAgo));
        }

        List<DemoCases> build() {
            return List.of(
                    eosinophilicAsthma(),
                    poorAdherenceAsthma(),
                    omalizumabFailure(),
                    benralizumabReview(),
                    muskMyasthenia(),
                    achrMyasthenia(),
                    inhibitorHaemophilia(),
                    geneTherapyCandidate(),
                    drugResistantEpilepsy());
        }

        private DemoCases eosinophilicAsthma() {
            return new DemoCases(
                    "resp.pulm",
                    CaseStatus.READY_FOR_REVIEW,
                    new NewCase(
                            new PatientEntry("P-1001", 1968, "F"),
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
                            new PatientEntry("P-1002", 1991, "M"),
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
                            new PatientEntry("P-1003", 1979, "F"),
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
                            new PatientEntry("P-1004", 1964, "M"),
                            "severe-asthma",
                            "respiratory",
                            "Benralizumab at 13 months: response review due",
                            "Severe eosinophilic asthma; benralizumab started after the MDT recommendation last year. Six"
                                    + " exacerbations in the year before, two since; maintenance prednisolone tapered from"
                                    + " 10 to 2.5 mg. Twelve-month response review per NICE TA565.",
                            List.of(
                                    obs("exacerbations-12m", 6, "count", 14),
                                            obs("ocs-maintenance-mg", 10, "mg/day", 14),
                                    obs("blood-eos", 640, "cells/uL", 14), obs("act", 11, "points", 14),
                                    obs("exacerbations-12m", 2, "count", 1),
                                            obs("ocs-maintenance-mg", 2.5, "mg/day", 1),
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

        private DemoCases muskMyasthenia() {
            return new DemoCases(
                    "neuro.neuro",
                    CaseStatus.READY_FOR_REVIEW,
                    new NewCase(
                            new PatientEntry("P-2001", 1985, "F"),
                            "myasthenia-gravis",
                            "neuromuscular",
                            "MuSK-positive myasthenia refractory to two immunosuppressants",
                            "Generalised bulbar-predominant MuSK-positive MG. Worse despite prednisolone plus adequate"
                                    + " trials of azathioprine and mycophenolate; needs IVIg rescue every 6-8 weeks."
                                    + " Thymus normal on CT. Question: rituximab.",
                            List.of(
                                    obs("mgfa-class", "IIIb", "class", 10),
                                    obs("mgfa-class", "IVb", "class", 1),
                                    obs("mg-adl", 8, "points", 12),
                                    obs("mg-adl", 10, "points", 6),
                                    obs("mg-adl", 12, "points", 1),
                                    obs("qmg", 17, "points", 6),
                                    obs("qmg", 19, "points", 1),
                                    obs("musk-ab", 1, "result", 30),
                                    obs("achr-ab", 0, "result", 30)),
                            List.of(
                                    line(
                                            "pyridostigmine",
                                            "60 mg four times daily",
                                            36,
                                            30,
                                            "INTOLERANT",
                                            "Cramps and diarrhoea",
                                            true,
                                            "Patient report",
                                            null,
                                            true,
                                            null),
                                    line(
                                            "prednisolone",
                                            "20 mg daily",
                                            30,
                                            null,
                                            "PARTIAL",
                                            null,
                                            true,
                                            "Pharmacy refill records",
                                            null,
                                            true,
                                            null),
                                    line(
                                            "azathioprine",
                                            "2.5 mg/kg daily",
                                            28,
                                            14,
                                            "NONE",
                                            "No benefit after 14 months",
                                            true,
                                            "TGN levels in range",
                                            null,
                                            true,
                                            null),
                                    line(
                                            "mycophenolate",
                                            "1 g twice daily",
                                            13,
                                            1,
                                            "NONE",
                                            "No benefit after 12 months",
                                            true,
                                            "Pharmacy refill records",
                                            null,
                                            true,
                                            null),
                                    line(
                                            "ivig",
                                            "2 g/kg every 6-8 weeks",
                                            8,
                                            null,
                                            "PARTIAL",
                                            null,
                                            true,
                                            "Given in day unit",
                                            null,
                                            true,
                                            null)),
                            List.of(
                                    finding(
                                            "antibody-subtype",
                                            "CONFIRMED",
                                            "MuSK antibodies positive, AChR negative.",
                                            30),
                                    finding("thymic-pathology", "EXCLUDED", "Normal thymus on CT.", 29),
                                    finding("adherence", "EXCLUDED", "TGN levels confirm azathioprine intake.", 14),
                                    finding(
                                            "side-effects",
                                            "CONFIRMED",
                                            "Steroid-related weight gain and glucose.",
                                            3))));
        }

        private DemoCases achrMyasthenia() {
            return new DemoCases(
                    "neuro.immuno",
                    CaseStatus.DRAFT,
                    new NewCase(
                            new PatientEntry("P-2002", 1962, "M"),
                            "myasthenia-gravis",
                            "neuromuscular",
                            "AChR-positive generalised MG, complement inhibitor question",
                            "Generalised AChR-positive MG with MG-ADL 9 despite steroids and azathioprine; mycophenolate"
                                    + " stopped for intolerance.",
                            List.of(
                                    obs("mgfa-class", "IIIa", "class", 2), obs("mg-adl", 9, "points", 2),
                                    obs("qmg", 15, "points", 2), obs("achr-ab", 1, "result", 40)),
                            List.of(
                                    line(
                                            "prednisolone",
                                            "15 mg daily",
                                            40,
                                            null,
                                            "PARTIAL",
                                            null,
                                            true,
                                            "Pharmacy refill records",
                                            null,
                                            true,
                                            null),
                                    line(
                                            "azathioprine",
                                            "150 mg daily",
                                            36,
                                            20,
                                            "NONE",
                                            "No benefit after 16 months",
                                            true,
                                            "TGN levels in range",
                                            null,
                                            true,
                                            null),
                                    line(
                                            "mycophenolate",
                                            "1 g twice daily",
                                            18,
                                            16,
                                            "INTOLERANT",
                                            "Leukopenia",
                                            true,
                                            "Clinic review",
                                            null,
                                            false,
                                            "Stopped after 2 months")),
                            List.of(finding(
                                    "thymic-pathology",
                                    "SUSPECTED",
                                    "Thymic hyperplasia on MRI; surgery opinion.",
                                    2))));
        }

        private DemoCases inhibitorHaemophilia() {
            return new DemoCases(
                    "haem.haem",
                    CaseStatus.READY_FOR_REVIEW,
                    new NewCase(
                            new PatientEntry("P-3001", 2009, "M"),
                            "haemophilia-a",
                            "haemophilia",
                            "Severe haemophilia A with high-responding inhibitor after failed ITI",
                            "Severe haemophilia A (intron-22 inversion). High-responding inhibitor since age 3; immune"
                                    + " tolerance induction for 14 months without a fall in titre. Bleeds treated with"
                                    + " rFVIIa. Question: emicizumab prophylaxis.",
                            List.of(
                                    obs("factor-level-pct", 0.5, "%", 24),
                                    obs("inhibitor-bu", 14.0, "BU", 18),
                                    obs("inhibitor-bu", 12.0, "BU", 8),
                                    obs("inhibitor-bu", 11.5, "BU", 1),
                                    obs("inhibitor-peak-bu", 38.0, "BU", 24),
                                    obs("abr", 18, "bleeds/year", 1),
                                    obs("weight-kg", 62.5, "kg", 1)),
                            List.of(
                                    line(
                                            "fviii-concentrate",
                                            "Prophylaxis 50 IU/kg three times weekly",
                                            60,
                                            24,
                                            "NONE",
                                            "Inhibitor",
                                            true,
                                            "Infusion diary",
                                            null,
                                            true,
                                            null),
                                    line(
                                            "iti",
                                            "FVIII 200 IU/kg daily",
                                            22,
                                            8,
                                            "NONE",
                                            "Less than 20 % fall in titre over 6 months",
                                            true,
                                            "Infusion diary",
                                            null,
                                            true,
                                            null),
                                    line(
                                            "rfviia",
                                            "90 µg/kg on demand",
                                            22,
                                            null,
                                            "PARTIAL",
                                            null,
                                            true,
                                            "Infusion diary",
                                            null,
                                            true,
                                            null)),
                            List.of(
                                    finding("inhibitor", "CONFIRMED", "Peak titre 38 BU: high responder.", 24),
                                    finding("f8-mutation-type", "CONFIRMED", "Intron-22 inversion.", 60),
                                    finding("adherence", "EXCLUDED", "Infusion diary complete.", 8))));
        }

        private DemoCases geneTherapyCandidate() {
            return new DemoCases(
                    "haem.genet",
                    CaseStatus.DRAFT,
                    new NewCase(
                            new PatientEntry("P-3002", 1988, "M"),
                            "haemophilia-a",
                            "haemophilia",
                            "Severe haemophilia A, no inhibitor: gene therapy candidate?",
                            "Breakthrough bleeds on prophylaxis with partial adherence. Never had an inhibitor. AAV5"
                                    + " antibodies negative.",
                            List.of(
                                    obs("factor-level-pct", 0.8, "%", 30), obs("inhibitor-bu", 0.0, "BU", 3),
                                    obs("aav5-ab", 0, "result", 2), obs("abr", 6, "bleeds/year", 1)),
                            List.of(line(
                                    "fviii-concentrate",
                                    "Prophylaxis 30 IU/kg every other day",
                                    120,
                                    null,
                                    "PARTIAL",
                                    null,
                                    false,
                                    "Infusion diary incomplete",
                                    null,
                                    null,
                                    null)),
                            List.of(
                                    finding("adherence", "SUSPECTED", "Infusion diary shows missed doses.", 1),
                                    finding("cost-access", "EXCLUDED", "Home delivery in place.", 1))));
        }

        private DemoCases drugResistantEpilepsy() {
            return new DemoCases(
                    "epi.neuro",
                    CaseStatus.READY_FOR_REVIEW,
                    new NewCase(
                            new PatientEntry("P-4001", 1996, "F"),
                            "epilepsy",
                            "epilepsy",
                            "Focal epilepsy after two adequate antiseizure medication trials",
                            "Focal impaired-awareness seizures, 8 per month, despite adequate trials of levetiracetam and"
                                    + " lamotrigine; carbamazepine not tolerated. Video-EEG to confirm the diagnosis and"
                                    + " localisation before a surgery referral.",
                            List.of(
                                    obs("seizures-per-month", 10, "per month", 12),
                                    obs("seizures-per-month", 8, "per month", 6),
                                    obs("seizures-per-month", 8, "per month", 1),
                                    obs("seizure-free-months", 0, "months", 1)),
                            List.of(
                                    line(
                                            "levetiracetam",
                                            "1500 mg twice daily",
                                            40,
                                            24,
                                            "NONE",
                                            "No seizure reduction",
                                            true,
                                            "Serum level",
                                            null,
                                            true,
                                            null),
                                    line(
                                            "lamotrigine",
                                            "200 mg twice daily",
                                            24,
                                            null,
                                            "PARTIAL",
                                            null,
                                            true,
                                            "Serum level",
                                            null,
                                            true,
                                            null),
                                    line(
                                            "carbamazepine",
                                            "400 mg twice daily",
                                            10,
                                            9,
                                            "INTOLERANT",
                                            "Rash",
                                            true,
                                            "Clinic review",
                                            null,
                                            false,
                                            "Stopped after 4 weeks")),
                            List.of(
                                    finding("adherence", "EXCLUDED", "Serum levels in range.", 6),
                                    finding(
                                            "misdiagnosis",
                                            "SUSPECTED",
                                            "Video-EEG booked to exclude non-epileptic events.",
                                            1))));
        }
    }
}
