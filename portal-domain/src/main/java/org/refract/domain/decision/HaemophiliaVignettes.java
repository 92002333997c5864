package org.refract.domain.decision;

import java.util.List;

/**
 * Haemophilia vignettes: ISTH inhibitor definitions, immune tolerance induction per the consensus, bypassing agents,
 * gene therapy, emicizumab and its two safety rules (aPCC, laboratory assays).
 */
final class HaemophiliaVignettes {

    private static final String HAEM_A = "haemophilia-a";
    private static final String HAEM_B = "haemophilia-b";

    private HaemophiliaVignettes() {}

    static List<Vignette> all() {
        return List.of(
                Vignette.of(
                                "haem-a-iti-success",
                                HAEM_A,
                                "ITI for 18 months: titre 0.3 BU, FVIII recovery 72 %, half-life 7.5 h")
                        .born(2016)
                        .ongoing("iti", 18, true)
                        .measured("inhibitor-peak-bu", "14", "BU", 20)
                        .measured("inhibitor-bu", "0.3", "BU", 1)
                        .measured("fviii-recovery-pct", "72", "%", 1)
                        .measured("fviii-half-life-h", "7.5", "h", 1)
                        .build(),
                Vignette.of("haem-a-high-responder", HAEM_A, "Severe haemophilia A, inhibitor peak 38 BU, now 12 BU")
                        .born(2009)
                        .ongoing("rfviia", 24, true)
                        .measured("factor-level-pct", "0.5", "%", 60)
                        .measured("inhibitor-peak-bu", "38", "BU", 24)
                        .measured("inhibitor-bu", "12", "BU", 1)
                        .measured("abr", "9", "bleeds/year", 1)
                        .build(),
                Vignette.of("haem-a-boundary-0.6", HAEM_A, "Inhibitor titre exactly 0.6 BU (positive)")
                        .born(1995)
                        .ongoing("fviii-concentrate", 120, true)
                        .measured("factor-level-pct", "0.8", "%", 100)
                        .measured("inhibitor-bu", "0.6", "BU", 1)
                        .build(),
                Vignette.of(
                                "haem-a-gene-therapy",
                                HAEM_A,
                                "Severe haemophilia A, no inhibitor history, AAV5 negative, on emicizumab")
                        .born(1990)
                        .ongoing("emicizumab", 24, true)
                        .measured("factor-level-pct", "0.4", "%", 200)
                        .measured("inhibitor-bu", "0", "BU", 2)
                        .measured("inhibitor-peak-bu", "0", "BU", 2)
                        .measured("aav5-ab", "0", "result", 1)
                        .build(),
                Vignette.of("haem-a-emicizumab-apcc", HAEM_A, "On emicizumab and aPCC for a bleed")
                        .born(2001)
                        .ongoing("emicizumab", 12, true)
                        .ongoing("apcc", 0, true)
                        .measured("factor-level-pct", "0.5", "%", 200)
                        .measured("inhibitor-bu", "8", "BU", 1)
                        .build(),
                Vignette.of("haem-a-moderate", HAEM_A, "Moderate haemophilia A (FVIII 3 %), no inhibitor")
                        .born(1985)
                        .ongoing("fviii-concentrate", 200, true)
                        .measured("factor-level-pct", "3", "%", 200)
                        .measured("inhibitor-bu", "0", "BU", 3)
                        .measured("inhibitor-peak-bu", "0", "BU", 3)
                        .build(),
                Vignette.of("haem-b-no-titre", HAEM_B, "Haemophilia B with poor recovery, titre not yet measured")
                        .born(1988)
                        .ongoing("fix-concentrate", 60, true)
                        .measured("factor-level-pct", "1.5", "%", 100)
                        .build(),
                Vignette.of("haem-b-no-inhibitor", HAEM_B, "Severe haemophilia B on prophylaxis, no inhibitor")
                        .born(1979)
                        .ongoing("fix-concentrate", 200, true)
                        .measured("factor-level-pct", "0.8", "%", 200)
                        .measured("inhibitor-bu", "0", "BU", 2)
                        .measured("inhibitor-peak-bu", "0", "BU", 2)
                        .build(),
                // ---- corrections of issue 13: each answered wrongly by version 1 of its rule
                Vignette.of("haem-b-low-titre", HAEM_B, "Haemophilia B, FIX inhibitor 0.4 BU on a repeat sample")
                        .born(1999)
                        .ongoing("fix-concentrate", 60, true)
                        .measured("factor-level-pct", "0.7", "%", 100)
                        .measured("inhibitor-bu", "0.4", "BU", 2)
                        .measured("inhibitor-bu", "0.4", "BU", 1)
                        .build(),
                Vignette.of("haem-a-low-responder", HAEM_A, "Low-responding inhibitor: 2 BU now, never above 3 BU")
                        .born(1993)
                        .ongoing("fviii-concentrate", 100, true)
                        .measured("factor-level-pct", "0.6", "%", 100)
                        .measured("inhibitor-peak-bu", "3", "BU", 12)
                        .measured("inhibitor-bu", "2", "BU", 1)
                        .build(),
                Vignette.of(
                                "haem-a-iti-stalled",
                                HAEM_A,
                                "A year of ITI: titre 10 → 5 BU in the first half, 5 → 4.5 BU in the last 6 months")
                        .born(2018)
                        .ongoing("iti", 12, true)
                        .measured("factor-level-pct", "0.5", "%", 60)
                        .measured("inhibitor-peak-bu", "25", "BU", 14)
                        .measured("inhibitor-bu", "10", "BU", 12)
                        .measured("inhibitor-bu", "8", "BU", 9)
                        .measured("inhibitor-bu", "5", "BU", 7)
                        .measured("inhibitor-bu", "4.5", "BU", 1)
                        .build(),
                Vignette.of(
                                "haem-a-iti-tolerised",
                                HAEM_A,
                                "Thirty months of ITI: titre negative, recovery 72 %, half-life 7.5 h")
                        .born(2016)
                        .ongoing("iti", 30, true)
                        .measured("factor-level-pct", "0.5", "%", 60)
                        .measured("inhibitor-peak-bu", "20", "BU", 32)
                        .measured("inhibitor-bu", "20", "BU", 31)
                        .measured("inhibitor-bu", "0.3", "BU", 1)
                        .measured("factor-recovery-pct", "72", "%", 1)
                        .measured("factor-half-life-h", "7.5", "h", 1)
                        .build(),
                Vignette.of(
                                "haem-a-emicizumab-stopped-apcc",
                                HAEM_A,
                                "Emicizumab stopped 3 months ago; aPCC now for a muscle bleed")
                        .born(1997)
                        .ended("emicizumab", 30, 3)
                        .ongoing("apcc", 0, true)
                        .measured("factor-level-pct", "0.5", "%", 200)
                        .measured("inhibitor-peak-bu", "15", "BU", 40)
                        .measured("inhibitor-bu", "6", "BU", 1)
                        .build(),
                Vignette.of(
                                "haem-a-emicizumab-long-stopped",
                                HAEM_A,
                                "Emicizumab stopped 8 months ago after gene therapy; FVIII now 25 %")
                        .born(1986)
                        .ended("emicizumab", 60, 8)
                        .ended("valoctocogene-roxaparvovec", 9, 9)
                        .measured("factor-level-pct", "0.5", "%", 120)
                        .measured("factor-level-pct", "25", "%", 1)
                        .measured("inhibitor-peak-bu", "0", "BU", 10)
                        .build());
    }
}
