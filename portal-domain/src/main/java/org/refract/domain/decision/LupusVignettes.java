package org.refract.domain.decision;

import static org.refract.domain.casework.FindingStatus.EXCLUDED;

import java.util.List;

/**
 * Written vignettes of systemic lupus erythematosus, built from NICE TA752 (belimumab) and the CD19 CAR-T series of
 * Mackensen et al. (2022) and Müller et al. (2024): refractory lupus nephritis, a belimumab candidate, quiet disease,
 * belimumab at its 24-week review with and without a response, and active disease without serology. Each rule has at
 * least one vignette that meets it and one that does not.
 */
public final class LupusVignettes {

    private static final String SLE = "sle";

    private static final List<Vignette> ALL = List.of(
            Vignette.of(
                            "sle-doris-remission",
                            SLE,
                            "SLE on belimumab: SLEDAI-2K 0, physician global 0.2, prednisolone 5 mg")
                    .born(1986)
                    .sex("F")
                    .ongoing("hydroxychloroquine", 60, true)
                    .ongoing("belimumab", 24, true)
                    .measured("sledai-2k", "0", "points", 1)
                    .measured("physician-global", "0.2", "points", 1)
                    .measured("prednisolone-dose", "5", "mg/day", 1)
                    .build(),
            Vignette.of(
                            "sle-refractory-nephritis",
                            SLE,
                            "Lupus nephritis active after mycophenolate, cyclophosphamide and rituximab; SLEDAI-2K 16")
                    .born(1996)
                    .failing("prednisolone", 60)
                    .ongoing("hydroxychloroquine", 60, true)
                    .failed("mycophenolate", 48, 20)
                    .failed("cyclophosphamide", 19, 16)
                    .failed("rituximab", 12, 9)
                    .measured("sledai-2k", "16", "points", 1)
                    .measured("selena-sledai", "16", "points", 1)
                    .measured("anti-dsdna", "1", "result", 1)
                    .measured("c3", "0.62", "g/L", 1)
                    .measured("c4", "0.05", "g/L", 1)
                    .measured("upcr", "260", "mg/mmol", 1)
                    .measured("physician-global", "2.1", "points", 1)
                    .measured("prednisolone-dose", "15", "mg/day", 1)
                    .finding("adherence", EXCLUDED)
                    .build(),
            Vignette.of(
                            "sle-belimumab-candidate",
                            SLE,
                            "Arthritis and rash on hydroxychloroquine, prednisolone and azathioprine; SELENA-SLEDAI 10")
                    .born(1987)
                    .failing("prednisolone", 30)
                    .ongoing("hydroxychloroquine", 48, true)
                    .failed("azathioprine", 30, 6)
                    .measured("selena-sledai", "10", "points", 1)
                    .measured("sledai-2k", "8", "points", 1)
                    .measured("anti-dsdna", "1", "result", 1)
                    .measured("c3", "0.82", "g/L", 1)
                    .measured("c4", "0.14", "g/L", 1)
                    .measured("prednisolone-dose", "10", "mg/day", 1)
                    .build(),
            Vignette.of(
                            "sle-low-activity",
                            SLE,
                            "Quiet lupus on hydroxychloroquine and 5 mg prednisolone; SLEDAI-2K 4, serology normal")
                    .born(1979)
                    .ongoing("prednisolone", 40, true)
                    .ongoing("hydroxychloroquine", 80, true)
                    .measured("selena-sledai", "4", "points", 1)
                    .measured("sledai-2k", "4", "points", 1)
                    .measured("anti-dsdna", "0", "result", 1)
                    .measured("c3", "1.05", "g/L", 1)
                    .measured("c4", "0.21", "g/L", 1)
                    .measured("prednisolone-dose", "5", "mg/day", 1)
                    .build(),
            Vignette.of("sle-belimumab-responding", SLE, "Seven months of belimumab: SELENA-SLEDAI 12 → 6")
                    .born(1990)
                    .failing("prednisolone", 36)
                    .ongoing("hydroxychloroquine", 50, true)
                    .ongoing("belimumab", 7, true)
                    .measured("selena-sledai", "12", "points", 7)
                    .measured("selena-sledai", "6", "points", 1)
                    .measured("anti-dsdna", "1", "result", 7)
                    .build(),
            Vignette.of("sle-belimumab-not-responding", SLE, "Seven months of belimumab: SELENA-SLEDAI 12 → 10")
                    .born(1985)
                    .failing("prednisolone", 36)
                    .ongoing("hydroxychloroquine", 50, true)
                    .ongoing("belimumab", 7, true)
                    .measured("selena-sledai", "12", "points", 7)
                    .measured("selena-sledai", "10", "points", 1)
                    .measured("anti-dsdna", "1", "result", 7)
                    .build(),
            Vignette.of(
                            "sle-trial-car-t-candidate",
                            SLE,
                            "Active lupus after mycophenolate and belimumab, 58 kg (CD19 CAR-T trial)")
                    .born(1990)
                    .sex("F")
                    .ongoing("hydroxychloroquine", 60, true)
                    .failed("mycophenolate", 40, 20)
                    .failed("belimumab", 18, 6)
                    .measured("sledai-2k", "14", "points", 1)
                    .measured("weight-kg", "58", "kg", 1)
                    .build(),
            Vignette.of(
                            "sle-trial-underweight",
                            SLE,
                            "Active lupus after azathioprine, 36 kg (below the CAR-T trial's 40 kg)")
                    .born(1999)
                    .sex("F")
                    .failed("azathioprine", 30, 6)
                    .measured("sledai-2k", "10", "points", 1)
                    .measured("weight-kg", "36", "kg", 1)
                    .build(),
            Vignette.of(
                            "sle-no-serology",
                            SLE,
                            "SLEDAI-2K 12 despite azathioprine, anti-dsDNA and complement not measured")
                    .born(1992)
                    .failing("prednisolone", 20)
                    .ongoing("hydroxychloroquine", 24, true)
                    .failed("azathioprine", 18, 2)
                    .measured("sledai-2k", "12", "points", 1)
                    .build());

    private LupusVignettes() {}

    public static List<Vignette> all() {
        return ALL;
    }
}
