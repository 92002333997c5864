package org.refract.domain.decision;

import static org.refract.domain.casework.FindingStatus.ADDRESSED;
import static org.refract.domain.casework.FindingStatus.CONFIRMED;
import static org.refract.domain.casework.FindingStatus.EXCLUDED;
import static org.refract.domain.casework.FindingStatus.SUSPECTED;

import java.util.List;
import java.util.Optional;

/**
 * The written vignettes, across the four conditions, with boundary values and missing data. The unit tests hold the
 * answers the cited guidelines give; the rule editor previews edits on them.
 */
public final class Vignettes {

    private static final String ASTHMA = "severe-asthma";
    private static final String MG = "myasthenia-gravis";
    private static final String HAEM_A = "haemophilia-a";
    private static final String HAEM_B = "haemophilia-b";
    private static final String EPILEPSY = "epilepsy";

    private static final List<Vignette> ALL = List.of(
            // ---- severe asthma
            Vignette.of("asthma-eosinophilic", ASTHMA, "Eosinophilic asthma, uncontrolled on ICS-LABA, work-up done")
                    .born(1968)
                    .ongoing("high-dose-ics-laba", 30, true)
                    .measured("act", "12", "points", 1)
                    .measured("blood-eos", "420", "cells/uL", 2)
                    .measured("exacerbations-12m", "5", "count", 1)
                    .measured("feno", "48", "ppb", 2)
                    .measured("total-ige", "850", "IU/mL", 3)
                    .measured("weight-kg", "82", "kg", 1)
                    .finding("inhaler-technique", EXCLUDED)
                    .finding("rhinosinusitis", ADDRESSED)
                    .finding("gerd", EXCLUDED)
                    .build(),
            Vignette.of("asthma-eos-boundary-300", ASTHMA, "Eosinophils exactly 300 with 4 exacerbations")
                    .born(1980)
                    .ongoing("high-dose-ics-laba", 24, true)
                    .measured("acq", "2.1", "points", 1)
                    .measured("blood-eos", "300", "cells/uL", 1)
                    .measured("exacerbations-12m", "4", "count", 1)
                    .finding("inhaler-technique", ADDRESSED)
                    .finding("obesity", EXCLUDED)
                    .build(),
            Vignette.of("asthma-eos-299", ASTHMA, "Eosinophils 299 with 4 exacerbations: just below the line")
                    .born(1980)
                    .ongoing("high-dose-ics-laba", 24, true)
                    .measured("acq", "2.1", "points", 1)
                    .measured("blood-eos", "299", "cells/uL", 1)
                    .measured("exacerbations-12m", "4", "count", 1)
                    .finding("inhaler-technique", EXCLUDED)
                    .finding("obesity", EXCLUDED)
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
                    .finding("gerd", EXCLUDED)
                    .build(),
            Vignette.of("asthma-controlled", ASTHMA, "On ICS-LABA and controlled: ACT 22, no exacerbations")
                    .born(1965)
                    .ongoing("high-dose-ics-laba", 36, true)
                    .measured("act", "22", "points", 1)
                    .measured("acq", "0.6", "points", 1)
                    .measured("exacerbations-12m", "0", "count", 1)
                    .measured("fev1-pct-pred", "91", "%", 1)
                    .measured("blood-eos", "180", "cells/uL", 1)
                    .finding("inhaler-technique", EXCLUDED)
                    .finding("obesity", EXCLUDED)
                    .build(),
            Vignette.of("asthma-ocs-dependent", ASTHMA, "Oral-steroid dependent, eosinophils 310, two exacerbations")
                    .born(1959)
                    .ongoing("high-dose-ics-laba", 48, true)
                    .ongoing("prednisolone", 10, true)
                    .measured("ocs-maintenance-mg", "10", "mg/day", 1)
                    .measured("blood-eos", "310", "cells/uL", 1)
                    .measured("exacerbations-12m", "2", "count", 1)
                    .measured("acq", "1.8", "points", 1)
                    .finding("inhaler-technique", EXCLUDED)
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
                    .finding("rhinosinusitis", EXCLUDED)
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
            // ---- myasthenia gravis
            Vignette.of(
                            "mg-musk-refractory",
                            MG,
                            "MuSK-positive, worse after prednisolone, azathioprine, mycophenolate")
                    .born(1985)
                    .failed("prednisolone", 40, 30)
                    .failed("azathioprine", 36, 20)
                    .failed("mycophenolate", 18, 4)
                    .ongoing("ivig", 12, true)
                    .measured("musk-ab", "1", "result", 30)
                    .measured("achr-ab", "0", "result", 30)
                    .coded("mgfa-class", "IIIb", 1)
                    .measured("mg-adl", "9", "points", 1)
                    .build(),
            Vignette.of("mg-achr-one-ist", MG, "AChR-positive, one immunosuppressant failed so far")
                    .born(1970)
                    .failed("prednisolone", 30, 20)
                    .failed("azathioprine", 24, 6)
                    .ongoing("mycophenolate", 5, true)
                    .measured("achr-ab", "1", "result", 40)
                    .coded("mgfa-class", "IIa", 1)
                    .measured("mg-adl", "7", "points", 1)
                    .build(),
            Vignette.of("mg-achr-adl-boundary", MG, "AChR-positive class IIIa, MG-ADL exactly 5")
                    .born(1962)
                    .failed("prednisolone", 30, 20)
                    .failed("azathioprine", 24, 12)
                    .failed("methotrexate", 11, 2)
                    .measured("achr-ab", "1", "result", 40)
                    .coded("mgfa-class", "IIIa", 1)
                    .measured("mg-adl", "5", "points", 1)
                    .build(),
            Vignette.of("mg-ocular", MG, "Ocular myasthenia (class I), AChR-positive")
                    .born(1990)
                    .ongoing("pyridostigmine", 12, true)
                    .measured("achr-ab", "1", "result", 10)
                    .coded("mgfa-class", "I", 1)
                    .measured("mg-adl", "3", "points", 1)
                    .build(),
            Vignette.of("mg-no-serology", MG, "Generalised MG, antibodies not yet tested")
                    .born(1958)
                    .ongoing("prednisolone", 6, true)
                    .coded("mgfa-class", "IIb", 1)
                    .measured("mg-adl", "8", "points", 1)
                    .build(),
            Vignette.of("mg-older-thymectomy", MG, "AChR-positive generalised MG at 70")
                    .born(1956)
                    .ongoing("pyridostigmine", 6, true)
                    .measured("achr-ab", "1", "result", 3)
                    .coded("mgfa-class", "IIa", 1)
                    .measured("mg-adl", "6", "points", 1)
                    .build(),
            Vignette.of("mg-efgartigimod-review", MG, "Two months on efgartigimod: MG-ADL 9 → 8")
                    .born(1979)
                    .failed("prednisolone", 30, 20)
                    .ongoing("efgartigimod", 2, true)
                    .measured("achr-ab", "1", "result", 30)
                    .coded("mgfa-class", "IIIa", 3)
                    .measured("mg-adl", "9", "points", 3)
                    .measured("mg-adl", "8", "points", 1)
                    .build(),
            // ---- haemophilia
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
            Vignette.of("haem-a-gene-therapy", HAEM_A, "Severe haemophilia A, no inhibitor history, AAV5 negative")
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
            Vignette.of("haem-b-no-titre", HAEM_B, "Haemophilia B with poor recovery, titre not yet measured")
                    .born(1988)
                    .ongoing("fix-concentrate", 60, true)
                    .measured("factor-level-pct", "1.5", "%", 100)
                    .build(),
            // ---- epilepsy
            Vignette.of("epi-two-failed", EPILEPSY, "Focal epilepsy, levetiracetam and lamotrigine failed, 8 a month")
                    .born(1996)
                    .failed("levetiracetam", 40, 24)
                    .failed("lamotrigine", 22, 2)
                    .ongoing("carbamazepine", 2, true)
                    .measured("seizures-per-month", "8", "per month", 1)
                    .measured("seizure-free-months", "0", "months", 1)
                    .build(),
            Vignette.of("epi-one-failed", EPILEPSY, "One adequate trial failed; second not yet verified")
                    .born(2000)
                    .failed("levetiracetam", 30, 12)
                    .unverified("valproate", 11, 1)
                    .measured("seizures-per-month", "3", "per month", 1)
                    .measured("seizure-free-months", "1", "months", 1)
                    .build(),
            Vignette.of("epi-seizure-free", EPILEPSY, "Two drugs failed earlier, seizure-free for 14 months now")
                    .born(1975)
                    .failed("levetiracetam", 60, 40)
                    .failed("valproate", 40, 20)
                    .ongoing("lamotrigine", 20, true)
                    .measured("seizure-free-months", "14", "months", 1)
                    .build(),
            Vignette.of("epi-hla-carbamazepine", EPILEPSY, "Carbamazepine started, HLA-B*15:02 confirmed")
                    .born(1993)
                    .failed("levetiracetam", 30, 10)
                    .ongoing("carbamazepine", 3, null)
                    .finding("hla", CONFIRMED)
                    .measured("seizure-free-months", "2", "months", 1)
                    .build());

    private Vignettes() {}

    /** These vignettes and those of the conditions kept in classes of their own ({@link LymphomaVignettes} ...). */
    public static List<Vignette> all() {
        return java.util.stream.Stream.of(ALL, LymphomaVignettes.all(), LupusVignettes.all())
                .flatMap(List::stream)
                .toList();
    }

    public static List<Vignette> of(String condition) {
        return all().stream().filter(v -> v.condition().equals(condition)).toList();
    }

    public static Optional<Vignette> byKey(String key) {
        return all().stream().filter(v -> v.key().equals(key)).findFirst();
    }
}
