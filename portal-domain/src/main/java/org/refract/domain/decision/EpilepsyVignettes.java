package org.refract.domain.decision;

import static org.refract.domain.casework.FindingStatus.CONFIRMED;

import java.util.List;

/**
 * Epilepsy vignettes: ILAE 2010 drug resistance with sustained seizure freedom, cenobamate for focal seizures,
 * surgery and VNS referral, and the antiseizure-medicine safety rules (valproate, carbamazepine and HLA-B*15:02).
 */
final class EpilepsyVignettes {

    private static final String EPILEPSY = "epilepsy";

    private EpilepsyVignettes() {}

    static List<Vignette> all() {
        return List.of(
                Vignette.of(
                                "epi-two-failed",
                                EPILEPSY,
                                "Focal epilepsy, levetiracetam and lamotrigine failed, 8 a month")
                        .born(1996)
                        .sex("M")
                        .failed("levetiracetam", 40, 24)
                        .failed("lamotrigine", 22, 2)
                        .ongoing("carbamazepine", 2, true)
                        .coded("seizure-type", "focal", 30)
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
                Vignette.of(
                                "epi-seizure-free",
                                EPILEPSY,
                                "Two drugs failed earlier, seizure-free for 14 months; seizures were weeks apart")
                        .born(1975)
                        .failed("levetiracetam", 60, 40)
                        .failed("valproate", 40, 20)
                        .ongoing("lamotrigine", 20, true)
                        .measured("longest-seizure-interval-months", "1", "months", 20)
                        .measured("seizure-free-months", "14", "months", 1)
                        .build(),
                Vignette.of("epi-hla-carbamazepine", EPILEPSY, "Carbamazepine started, HLA-B*15:02 confirmed")
                        .born(1993)
                        .failed("levetiracetam", 30, 10)
                        .ongoing("carbamazepine", 3, null)
                        .finding("hla", CONFIRMED)
                        .measured("seizure-free-months", "2", "months", 1)
                        .build(),
                // ---- corrections of issue 13: each answered wrongly by version 1 of its rule
                Vignette.of(
                                "epi-long-intervals",
                                EPILEPSY,
                                "Seizure-free 14 months, but seizures came every 6 months before the last change")
                        .born(1988)
                        .failed("levetiracetam", 60, 40)
                        .failed("valproate", 40, 16)
                        .ongoing("lamotrigine", 16, true)
                        .measured("longest-seizure-interval-months", "6", "months", 16)
                        .measured("seizure-free-months", "14", "months", 1)
                        .build(),
                Vignette.of("epi-lacosamide", EPILEPSY, "Levetiracetam and lacosamide failed; 4 focal seizures a month")
                        .born(1991)
                        .failed("levetiracetam", 40, 20)
                        .failed("lacosamide", 18, 2)
                        .coded("seizure-type", "focal", 40)
                        .measured("seizures-per-month", "4", "per month", 1)
                        .measured("seizure-free-months", "0", "months", 1)
                        .build(),
                Vignette.of("epi-generalised", EPILEPSY, "Generalised epilepsy, valproate and levetiracetam failed")
                        .born(1998)
                        .sex("M")
                        .failed("valproate", 50, 30)
                        .failed("levetiracetam", 28, 3)
                        .coded("seizure-type", "generalised", 50)
                        .measured("seizures-per-month", "3", "per month", 1)
                        .measured("seizure-free-months", "0", "months", 1)
                        .build(),
                // ---- response to cenobamate
                Vignette.of("epi-cenobamate-response", EPILEPSY, "Seven months on cenobamate: 8 → 3 seizures a month")
                        .born(1985)
                        .failed("levetiracetam", 60, 40)
                        .failed("lamotrigine", 40, 8)
                        .ongoing("cenobamate", 7, true)
                        .coded("seizure-type", "focal", 60)
                        .measured("seizures-per-month", "8", "per month", 8)
                        .measured("seizures-per-month", "3", "per month", 1)
                        .build(),
                Vignette.of(
                                "epi-cenobamate-no-response",
                                EPILEPSY,
                                "Seven months on cenobamate: 8 → 6 seizures a month")
                        .born(1979)
                        .failed("levetiracetam", 60, 40)
                        .failed("carbamazepine", 40, 8)
                        .ongoing("cenobamate", 7, true)
                        .coded("seizure-type", "focal", 60)
                        .measured("seizures-per-month", "8", "per month", 8)
                        .measured("seizures-per-month", "6", "per month", 1)
                        .build(),
                // ---- safety rules
                Vignette.of(
                                "epi-valproate-young-woman",
                                EPILEPSY,
                                "A 24-year-old woman with generalised epilepsy; valproate proposed")
                        .born(2002)
                        .sex("F")
                        .failed("lamotrigine", 30, 6)
                        .coded("seizure-type", "generalised", 30)
                        .measured("seizures-per-month", "2", "per month", 1)
                        .proposed("valproate")
                        .build(),
                Vignette.of("epi-valproate-man", EPILEPSY, "A 40-year-old man on valproate for 10 years")
                        .born(1986)
                        .sex("M")
                        .ongoing("valproate", 120, true)
                        .coded("seizure-type", "generalised", 130)
                        .measured("seizure-free-months", "30", "months", 1)
                        .build(),
                Vignette.of(
                                "epi-carbamazepine-untested",
                                EPILEPSY,
                                "Han Chinese ancestry, carbamazepine proposed, HLA-B*15:02 not tested")
                        .born(1990)
                        .sex("M")
                        .failed("levetiracetam", 30, 4)
                        .coded("seizure-type", "focal", 30)
                        .measured("hla-risk-ancestry", "1", "result", 30)
                        .proposed("carbamazepine")
                        .build(),
                Vignette.of(
                                "epi-carbamazepine-tolerated",
                                EPILEPSY,
                                "Thai ancestry, carbamazepine for a year without a rash, never HLA-tested")
                        .born(1970)
                        .sex("F")
                        .ongoing("carbamazepine", 12, true)
                        .coded("seizure-type", "focal", 40)
                        .measured("hla-risk-ancestry", "1", "result", 40)
                        .measured("seizure-free-months", "10", "months", 1)
                        .build(),
                Vignette.of(
                                "epi-hla-b1502-positive",
                                EPILEPSY,
                                "HLA-B*15:02 carried (test result), carbamazepine proposed")
                        .born(1995)
                        .sex("M")
                        .failed("levetiracetam", 30, 4)
                        .coded("seizure-type", "focal", 30)
                        .measured("hla-risk-ancestry", "1", "result", 30)
                        .measured("hla-b1502", "1", "result", 1)
                        .proposed("carbamazepine")
                        .build());
    }
}
