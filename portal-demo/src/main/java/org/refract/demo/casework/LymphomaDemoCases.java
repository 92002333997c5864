package org.refract.demo.casework;

import java.time.LocalDate;
import java.util.List;
import org.refract.domain.casework.CaseStatus;
import org.refract.service.casework.NewCase;
import org.refract.service.casework.PatientRequest;

/**
 * The showcase cases of diffuse large B-cell lymphoma (the lymphoma team): primary refractory disease after R-CHOP
 * going to second-line CAR-T (ZUMA-7, TRANSFORM), and a second relapse after R-CHOP and polatuzumab-BR weighing
 * bispecific antibodies against third-line CAR-T.
 */
final class LymphomaDemoCases extends DemoCaseBuilder {

    LymphomaDemoCases(LocalDate today) {
        super(today);
    }

    @Override
    List<DemoCases> cases() {
        return List.of(primaryRefractoryLymphoma(), lymphomaAfterTwoLines());
    }

    private DemoCases primaryRefractoryLymphoma() {
        return new DemoCases(
                "lymph.haem",
                CaseStatus.READY_FOR_REVIEW,
                new NewCase(
                        new PatientRequest("P-7001", 1971, "M"),
                        "dlbcl",
                        "lymphoma",
                        "Primary refractory DLBCL after R-CHOP: second-line CAR-T?",
                        "Stage IV germinal-centre DLBCL (IPI 3), diagnosed eight months ago. Six cycles of R-CHOP-21"
                                + " at full dose intensity: PET after four cycles showed stable disease (Deauville 4),"
                                + " and the end-of-treatment PET new FDG-avid nodes (Deauville 5). Re-biopsy: DLBCL,"
                                + " CD19 and CD20 positive, no MYC rearrangement. ECOG 1, fit for transplant."
                                + " Question for the MDT: axicabtagene ciloleucel or lisocabtagene maraleucel"
                                + " instead of salvage chemotherapy and transplant (ZUMA-7, TRANSFORM).",
                        List.of(
                                obs("ecog", 0, "score", 8),
                                obs("hbsag", 0, "result", 8),
                                obs("anti-hbc", 0, "result", 8),
                                obs("weight-kg", 86.0, "kg", 8),
                                obs("best-response", "SD", "category", 2),
                                obs("prior-lines", 1, "count", 1),
                                obs("ecog", 1, "score", 1),
                                obs("asct-suitable", 1, "result", 1),
                                obs("weight-kg", 82.5, "kg", 1)),
                        List.of(line(
                                "r-chop",
                                "R-CHOP-21, 6 cycles, full dose intensity",
                                7,
                                3,
                                "NONE",
                                "Progression on the end-of-treatment PET",
                                true,
                                "All cycles given on schedule in the day unit",
                                null,
                                true,
                                null)),
                        List.of(
                                finding(
                                        "antigen-loss",
                                        "EXCLUDED",
                                        "Re-biopsy: CD19 and CD20 strongly positive by immunohistochemistry.",
                                        1),
                                finding(
                                        "clonal-evolution",
                                        "EXCLUDED",
                                        "FISH on the re-biopsy: no MYC or BCL2 rearrangement; TP53 not mutated.",
                                        1),
                                finding(
                                        "misdiagnosis",
                                        "EXCLUDED",
                                        "Central pathology review confirmed DLBCL, not transformed follicular lymphoma.",
                                        1),
                                finding(
                                        "infections",
                                        "EXCLUDED",
                                        "HBsAg, anti-HBc, HCV and HIV negative before rituximab.",
                                        8))));
    }

    private DemoCases lymphomaAfterTwoLines() {
        return new DemoCases(
                "lymph.onc",
                CaseStatus.READY_FOR_REVIEW,
                new NewCase(
                        new PatientRequest("P-7002", 1953, "F"),
                        "dlbcl",
                        "lymphoma",
                        "Second relapse of DLBCL at 73: bispecific antibody or third-line CAR-T?",
                        "DLBCL diagnosed five years ago; complete remission after six cycles of R-CHOP. Late"
                                + " relapse 34 months later; anthracycline cardiomyopathy (LVEF 45 %) and frailty"
                                + " ruled out transplant, so six cycles of polatuzumab-BR, again to complete"
                                + " remission. Biopsy-proven second relapse last month, CD19 and CD20 positive;"
                                + " ECOG 1 now. Options after two lines: glofitamab (fixed duration), epcoritamab"
                                + " (polatuzumab already given) or axicabtagene ciloleucel.",
                        List.of(
                                obs("best-response", "CR", "category", 56),
                                obs("relapse-after-first-line-months", 34, "months", 22),
                                obs("ecog", 2, "score", 22),
                                obs("prior-lines", 1, "count", 22),
                                obs("asct-suitable", 0, "result", 22),
                                obs("best-response", "CR", "category", 15),
                                obs("hbsag", 0, "result", 2),
                                obs("anti-hbc", 0, "result", 2),
                                obs("prior-lines", 2, "count", 1),
                                obs("ecog", 1, "score", 1),
                                obs("asct-suitable", 0, "result", 1),
                                obs("weight-kg", 64.0, "kg", 1)),
                        List.of(
                                line(
                                        "r-chop",
                                        "R-CHOP-21, 6 cycles",
                                        61,
                                        57,
                                        "COMPLETE",
                                        "Course completed",
                                        true,
                                        "Day-unit administration",
                                        null,
                                        true,
                                        null),
                                line(
                                        "polatuzumab-br",
                                        "Polatuzumab vedotin 1.8 mg/kg with bendamustine and rituximab, 6 cycles",
                                        21,
                                        16,
                                        "COMPLETE",
                                        "Course completed",
                                        true,
                                        "Day-unit administration",
                                        null,
                                        true,
                                        null)),
                        List.of(
                                finding(
                                        "side-effects",
                                        "CONFIRMED",
                                        "Anthracycline cardiomyopathy after R-CHOP, LVEF 45 % on echocardiography.",
                                        22),
                                finding("antigen-loss", "EXCLUDED", "Relapse biopsy: CD19 and CD20 positive.", 1),
                                finding(
                                        "clonal-evolution",
                                        "SUSPECTED",
                                        "Relapse biopsy shows a new TP53 mutation; MYC FISH pending.",
                                        1))));
    }
}
