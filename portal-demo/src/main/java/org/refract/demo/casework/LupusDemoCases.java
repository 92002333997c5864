package org.refract.demo.casework;

import java.time.LocalDate;
import java.util.List;
import org.refract.domain.casework.CaseStatus;
import org.refract.service.casework.NewCase;
import org.refract.service.casework.PatientRequest;

/**
 * The showcase cases of systemic lupus erythematosus (the lupus team): lupus nephritis refractory to mycophenolate,
 * cyclophosphamide and rituximab, considered for a CD19 CAR-T trial, and active serologically positive lupus that fits
 * belimumab under NICE TA752.
 */
final class LupusDemoCases extends DemoCaseBuilder {

    LupusDemoCases(LocalDate today) {
        super(today);
    }

    @Override
    List<DemoCases> cases() {
        return List.of(refractoryLupusNephritis(), activeLupusForBelimumab());
    }

    private DemoCases refractoryLupusNephritis() {
        return new DemoCases(
                "lupus.nephro",
                CaseStatus.READY_FOR_REVIEW,
                new NewCase(
                        new PatientRequest("P-8001", 1998, "F"),
                        "sle",
                        "lupus",
                        "Class IV lupus nephritis refractory to MMF, cyclophosphamide and rituximab: CAR-T trial?",
                        "SLE for seven years (arthritis, malar rash, anti-dsDNA positive); class IV-G (A) lupus"
                                + " nephritis on biopsy four years ago. Partial response to mycophenolate (proteinuria"
                                + " never below 100 mg/mmol), no response to Euro-Lupus cyclophosphamide or to"
                                + " rituximab, which did not deplete B cells. Still on prednisolone 15 mg and"
                                + " hydroxychloroquine with therapeutic blood levels. Question: referral to the CD19"
                                + " CAR-T trial (investigational, within a trial only), or belimumab or voclosporin"
                                + " added first.",
                        List.of(
                                obs("sledai-2k", 18, "points", 12),
                                obs("anti-dsdna", 1, "result", 12),
                                obs("c3", 0.55, "g/L", 12),
                                obs("c4", 0.04, "g/L", 12),
                                obs("upcr", 310, "mg/mmol", 12),
                                obs("hbsag", 0, "result", 12),
                                obs("anti-hbc", 0, "result", 12),
                                obs("sledai-2k", 16, "points", 6),
                                obs("c3", 0.62, "g/L", 6),
                                obs("upcr", 220, "mg/mmol", 6),
                                obs("prednisolone-dose", 20.0, "mg/day", 6),
                                obs("sledai-2k", 16, "points", 1),
                                obs("selena-sledai", 16, "points", 1),
                                obs("anti-dsdna", 1, "result", 1),
                                obs("c3", 0.58, "g/L", 1),
                                obs("c4", 0.05, "g/L", 1),
                                obs("upcr", 260, "mg/mmol", 1),
                                obs("physician-global", 2.2, "points", 1),
                                obs("prednisolone-dose", 15.0, "mg/day", 1),
                                obs("weight-kg", 61.0, "kg", 1)),
                        List.of(
                                line(
                                        "hydroxychloroquine",
                                        "200 mg twice daily",
                                        84,
                                        null,
                                        "PARTIAL",
                                        null,
                                        true,
                                        "Whole-blood hydroxychloroquine level in range",
                                        null,
                                        true,
                                        null),
                                line(
                                        "prednisolone",
                                        "15 mg daily (pulses of methylprednisolone at flares)",
                                        84,
                                        null,
                                        "PARTIAL",
                                        null,
                                        true,
                                        "Pharmacy refill records",
                                        null,
                                        true,
                                        null),
                                line(
                                        "mycophenolate",
                                        "Mycophenolate mofetil 3 g daily",
                                        48,
                                        20,
                                        "PARTIAL",
                                        "Proteinuria never below 100 mg/mmol",
                                        true,
                                        "Mycophenolic acid levels",
                                        null,
                                        true,
                                        null),
                                line(
                                        "cyclophosphamide",
                                        "Euro-Lupus regimen, 6 x 500 mg every 2 weeks",
                                        19,
                                        16,
                                        "NONE",
                                        "No renal response at 6 months",
                                        true,
                                        "Given in the day unit",
                                        null,
                                        true,
                                        null),
                                line(
                                        "rituximab",
                                        "1 g, two doses two weeks apart",
                                        12,
                                        11,
                                        "NONE",
                                        "No response; CD19 B cells not depleted at 4 weeks",
                                        true,
                                        "Given in the day unit",
                                        null,
                                        true,
                                        null)),
                        List.of(
                                finding(
                                        "adherence",
                                        "EXCLUDED",
                                        "Hydroxychloroquine and mycophenolic acid levels in range.",
                                        6),
                                finding(
                                        "anti-drug-antibodies",
                                        "SUSPECTED",
                                        "CD19 count 0.09 x 10^9/L four weeks after rituximab: incomplete depletion.",
                                        11),
                                finding(
                                        "irreversible-damage",
                                        "SUSPECTED",
                                        "Repeat biopsy: activity index 9/24, chronicity index 3/12.",
                                        6),
                                finding(
                                        "infections",
                                        "EXCLUDED",
                                        "HBV, HCV and HIV negative; no recurrent infections.",
                                        12))));
    }

    private DemoCases activeLupusForBelimumab() {
        return new DemoCases(
                "lupus.rheum",
                CaseStatus.READY_FOR_REVIEW,
                new NewCase(
                        new PatientRequest("P-8002", 1986, "F"),
                        "sle",
                        "lupus",
                        "Active SLE despite standard therapy: belimumab per NICE TA752?",
                        "SLE for nine years: inflammatory arthritis, subacute cutaneous rash and mouth ulcers, no"
                                + " renal involvement. Flares whenever prednisolone goes below 10 mg. Azathioprine"
                                + " for two years without adequate response; methotrexate started five months ago."
                                + " SELENA-SLEDAI 10 with positive anti-dsDNA and low C3. Question: add belimumab"
                                + " (NICE TA752), with a 24-week response review.",
                        List.of(
                                obs("selena-sledai", 12, "points", 6),
                                obs("sledai-2k", 12, "points", 6),
                                obs("anti-dsdna", 1, "result", 6),
                                obs("c3", 0.78, "g/L", 6),
                                obs("prednisolone-dose", 15.0, "mg/day", 6),
                                obs("selena-sledai", 10, "points", 1),
                                obs("sledai-2k", 10, "points", 1),
                                obs("anti-dsdna", 1, "result", 1),
                                obs("c3", 0.82, "g/L", 1),
                                obs("c4", 0.12, "g/L", 1),
                                obs("upcr", 18, "mg/mmol", 1),
                                obs("physician-global", 1.6, "points", 1),
                                obs("prednisolone-dose", 10.0, "mg/day", 1),
                                obs("hbsag", 0, "result", 1),
                                obs("anti-hbc", 0, "result", 1)),
                        List.of(
                                line(
                                        "hydroxychloroquine",
                                        "200 mg twice daily",
                                        100,
                                        null,
                                        "PARTIAL",
                                        null,
                                        true,
                                        "Whole-blood level in range",
                                        null,
                                        true,
                                        null),
                                line(
                                        "prednisolone",
                                        "10 mg daily; flares below 10 mg",
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
                                        "150 mg daily (TPMT normal)",
                                        30,
                                        6,
                                        "PARTIAL",
                                        "Inadequate response after two years",
                                        true,
                                        "Refill records",
                                        null,
                                        true,
                                        null),
                                line(
                                        "methotrexate",
                                        "20 mg weekly subcutaneously",
                                        5,
                                        null,
                                        "UNKNOWN",
                                        null,
                                        true,
                                        "Nurse-administered",
                                        null,
                                        null,
                                        null)),
                        List.of(
                                finding("adherence", "EXCLUDED", "Hydroxychloroquine level in range.", 6),
                                finding(
                                        "side-effects",
                                        "CONFIRMED",
                                        "Steroid-related weight gain and low bone density (T-score -2.1).",
                                        3),
                                finding(
                                        "autoimmune-comorbidity",
                                        "EXCLUDED",
                                        "Thyroid function normal; no antiphospholipid antibodies.",
                                        6))));
    }
}
