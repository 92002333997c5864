package org.refract.domain.decision;

import static org.refract.domain.casework.FindingStatus.CONFIRMED;
import static org.refract.domain.casework.FindingStatus.SUSPECTED;

import java.util.List;

/**
 * Written vignettes of diffuse large B-cell lymphoma, built from SCHOLAR-1, ZUMA-7, TRANSFORM and the NICE appraisals
 * the rules cite: primary refractory and early relapsed disease for second-line CAR-T, late relapse in an older
 * person unfit for transplant, relapse after transplant and after polatuzumab for third-line options, and a case
 * with too little recorded. Each rule has at least one vignette that meets it and one that does not.
 */
public final class LymphomaVignettes {

    private static final String DLBCL = "dlbcl";

    private static final List<Vignette> ALL = List.of(
            Vignette.of("dlbcl-r-chop-unscreened", DLBCL, "First-line R-CHOP started, no hepatitis B tests recorded")
                    .born(1962)
                    .ongoing("r-chop", 1, true)
                    .measured("ecog", "1", "score", 1)
                    .build(),
            Vignette.of(
                            "dlbcl-glofitamab-past-hepatitis-b",
                            DLBCL,
                            "Glofitamab proposed after two lines; HBsAg negative, anti-HBc positive (past infection)")
                    .born(1954)
                    .failed("r-chop", 30, 24)
                    .failed("r-ice", 20, 16)
                    .measured("prior-lines", "2", "count", 1)
                    .measured("ecog", "1", "score", 1)
                    .measured("hbsag", "0", "result", 1)
                    .measured("anti-hbc", "1", "result", 1)
                    .proposed("glofitamab")
                    .build(),
            Vignette.of(
                            "dlbcl-primary-refractory",
                            DLBCL,
                            "Primary refractory: progression on PET after six cycles of R-CHOP, ECOG 1")
                    .born(1968)
                    .failed("r-chop", 8, 4)
                    .coded("best-response", "PD", 4)
                    .measured("prior-lines", "1", "count", 1)
                    .measured("ecog", "1", "score", 1)
                    .measured("asct-suitable", "1", "result", 1)
                    .measured("hbsag", "0", "result", 2)
                    .measured("anti-hbc", "0", "result", 2)
                    .build(),
            Vignette.of(
                            "dlbcl-early-relapse",
                            DLBCL,
                            "Complete response to R-CHOP, biopsy-proven relapse 8 months after the last cycle")
                    .born(1975)
                    .responded("r-chop", 14, 9)
                    .coded("best-response", "CR", 9)
                    .measured("relapse-after-first-line-months", "8", "months", 1)
                    .measured("prior-lines", "1", "count", 1)
                    .measured("ecog", "0", "score", 1)
                    .measured("asct-suitable", "1", "result", 1)
                    .build(),
            Vignette.of(
                            "dlbcl-late-relapse-unfit",
                            DLBCL,
                            "Late relapse 30 months after R-CHOP at 78, ECOG 2, transplant not suitable")
                    .born(1948)
                    .responded("r-chop", 36, 31)
                    .coded("best-response", "CR", 31)
                    .measured("relapse-after-first-line-months", "30", "months", 1)
                    .measured("prior-lines", "1", "count", 1)
                    .measured("ecog", "2", "score", 1)
                    .measured("asct-suitable", "0", "result", 1)
                    .build(),
            Vignette.of(
                            "dlbcl-refractory-ecog3",
                            DLBCL,
                            "Primary refractory after R-CHOP, but ECOG 3 after a complicated course")
                    .born(1960)
                    .failed("r-chop", 7, 3)
                    .coded("best-response", "SD", 3)
                    .measured("prior-lines", "1", "count", 1)
                    .measured("ecog", "3", "score", 1)
                    .measured("asct-suitable", "0", "result", 1)
                    .build(),
            Vignette.of(
                            "dlbcl-relapse-after-asct",
                            DLBCL,
                            "Relapse 7 months after R-ICE and autologous transplant, 2 lines so far")
                    .born(1964)
                    .responded("r-chop", 60, 55)
                    .responded("r-ice", 22, 20)
                    .responded("autologous-sct", 19, 19)
                    .coded("best-response", "CR", 17)
                    .measured("relapse-after-first-line-months", "33", "months", 22)
                    .measured("relapse-after-asct-months", "7", "months", 12)
                    .measured("prior-lines", "2", "count", 1)
                    .measured("ecog", "1", "score", 1)
                    .measured("asct-suitable", "0", "result", 1)
                    .finding("antigen-loss", SUSPECTED)
                    .build(),
            Vignette.of(
                            "dlbcl-after-polatuzumab",
                            DLBCL,
                            "Progression on polatuzumab-BR after late relapse from R-CHOP, CD19 retained")
                    .born(1952)
                    .responded("r-chop", 44, 39)
                    .failed("polatuzumab-br", 20, 16)
                    .coded("best-response", "PD", 16)
                    .measured("relapse-after-first-line-months", "19", "months", 20)
                    .measured("prior-lines", "2", "count", 1)
                    .measured("ecog", "1", "score", 1)
                    .measured("asct-suitable", "0", "result", 1)
                    .finding("clonal-evolution", CONFIRMED)
                    .build(),
            Vignette.of("dlbcl-on-first-line", DLBCL, "Four cycles of R-CHOP so far, no response assessment recorded")
                    .born(1981)
                    .ongoing("r-chop", 3, true)
                    .build());

    private LymphomaVignettes() {}

    public static List<Vignette> all() {
        return ALL;
    }
}
