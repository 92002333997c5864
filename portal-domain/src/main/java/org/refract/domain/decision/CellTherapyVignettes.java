package org.refract.domain.decision;

import java.util.List;

/**
 * Vignettes for the safety rules around CAR-T (cytokine release syndrome and ICANS readiness, hepatitis B
 * screening). They are set in lymphoma; the lymphoma rules themselves have their own vignettes.
 */
final class CellTherapyVignettes {

    private static final String DLBCL = "dlbcl";

    private CellTherapyVignettes() {}

    static List<Vignette> all() {
        return List.of(
                Vignette.of(
                                "dlbcl-car-t-proposed",
                                DLBCL,
                                "Relapsed DLBCL, axicabtagene ciloleucel proposed, HBV screen negative")
                        .born(1966)
                        .failed("r-chop", 14, 10)
                        .measured("ecog", "1", "score", 1)
                        .measured("hbsag", "0", "result", 1)
                        .measured("anti-hbc", "0", "result", 1)
                        .proposed("axicabtagene-ciloleucel")
                        .build(),
                Vignette.of("dlbcl-first-line", DLBCL, "DLBCL on first-line R-CHOP, HBV screen negative")
                        .born(1958)
                        .ongoing("r-chop", 2, true)
                        .measured("ecog", "1", "score", 2)
                        .measured("hbsag", "0", "result", 3)
                        .measured("anti-hbc", "0", "result", 3)
                        .build(),
                Vignette.of("dlbcl-car-t-last-year", DLBCL, "Complete response 10 months after axicabtagene ciloleucel")
                        .born(1961)
                        .failed("r-chop", 24, 20)
                        .ended("axicabtagene-ciloleucel", 10, 10)
                        .measured("ecog", "0", "score", 1)
                        .measured("hbsag", "0", "result", 11)
                        .measured("anti-hbc", "0", "result", 11)
                        .build());
    }
}
