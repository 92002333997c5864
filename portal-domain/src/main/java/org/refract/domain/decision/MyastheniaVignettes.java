package org.refract.domain.decision;

import java.util.List;

/**
 * Myasthenia gravis vignettes: the consensus refractory definition, REGAIN, ADAPT, MGTX, rituximab in MuSK disease,
 * complement inhibitors with their vaccination safeguard and anti-CD20 therapy with hepatitis B screening.
 */
final class MyastheniaVignettes {

    private static final String MG = "myasthenia-gravis";

    private MyastheniaVignettes() {}

    static List<Vignette> all() {
        return List.of(
                Vignette.of(
                                "mg-remission-on-efgartigimod",
                                MG,
                                "AChR-positive, MG-ADL 1 after 18 months of efgartigimod")
                        .born(1975)
                        .failed("prednisolone", 40, 30)
                        .ongoing("efgartigimod", 18, true)
                        .measured("achr-ab", "1", "result", 40)
                        .measured("mg-adl", "1", "points", 1)
                        .build(),
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
                Vignette.of("mg-achr-one-ist", MG, "AChR-positive, prednisolone and azathioprine failed so far")
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
                        .measured("thymoma", "0", "result", 30)
                        .measured("disease-duration-years", "3", "years", 1)
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
                Vignette.of(
                                "mg-trial-car-t-candidate",
                                MG,
                                "AChR-positive class IIIa, QMG 16, worse after azathioprine and mycophenolate (CAR-T trial)")
                        .born(1978)
                        .failed("prednisolone", 48, 40)
                        .failed("azathioprine", 40, 24)
                        .failed("mycophenolate", 22, 4)
                        .measured("achr-ab", "1", "result", 30)
                        .coded("mgfa-class", "IIIa", 1)
                        .measured("mg-adl", "9", "points", 1)
                        .measured("qmg", "16", "points", 1)
                        .build(),
                Vignette.of("mg-no-serology", MG, "Generalised MG, antibodies not yet tested")
                        .born(1958)
                        .ongoing("prednisolone", 6, true)
                        .coded("mgfa-class", "IIb", 1)
                        .measured("mg-adl", "8", "points", 1)
                        .build(),
                Vignette.of("mg-older-thymectomy", MG, "AChR-positive generalised MG at 70, no thymoma")
                        .born(1956)
                        .ongoing("pyridostigmine", 6, true)
                        .measured("achr-ab", "1", "result", 3)
                        .measured("thymoma", "0", "result", 3)
                        .measured("disease-duration-years", "0.5", "years", 1)
                        .coded("mgfa-class", "IIa", 1)
                        .measured("mg-adl", "6", "points", 1)
                        .build(),
                // ---- corrections of issue 13: each answered wrongly by version 1 of its rule
                Vignette.of(
                                "mg-single-rescue-course",
                                MG,
                                "Prednisolone and azathioprine failed, one IVIg course, plasma exchange proposed")
                        .born(1975)
                        .failed("prednisolone", 30, 18)
                        .failed("azathioprine", 24, 3)
                        .ended("ivig", 2, 2)
                        .proposed("plasma-exchange")
                        .measured("rescue-courses-12m", "1", "count", 1)
                        .measured("achr-ab", "1", "result", 30)
                        .coded("mgfa-class", "IIIa", 1)
                        .measured("mg-adl", "8", "points", 1)
                        .build(),
                Vignette.of(
                                "mg-regain-chronic-rescue",
                                MG,
                                "Steroids not tolerated (diabetes), azathioprine failed, IVIg every 8 weeks")
                        .born(1968)
                        .intolerant("prednisolone", 40, 34)
                        .failed("azathioprine", 32, 8)
                        .ongoing("ivig", 14, true)
                        .measured("rescue-courses-12m", "6", "count", 1)
                        .measured("achr-ab", "1", "result", 40)
                        .coded("mgfa-class", "IIIb", 1)
                        .measured("mg-adl", "8", "points", 1)
                        .measured("meningococcal-vaccine", "1", "result", 1)
                        .build(),
                Vignette.of("mg-musk-untreated", MG, "Newly diagnosed MuSK-positive MG on pyridostigmine only")
                        .born(1988)
                        .ongoing("pyridostigmine", 2, true)
                        .measured("musk-ab", "1", "result", 2)
                        .measured("achr-ab", "0", "result", 2)
                        .coded("mgfa-class", "IIb", 1)
                        .measured("mg-adl", "6", "points", 1)
                        .build(),
                Vignette.of(
                                "mg-thymectomy-late",
                                MG,
                                "AChR-positive generalised MG at 45, diagnosed 9 years ago, no thymoma")
                        .born(1981)
                        .failed("prednisolone", 100, 60)
                        .measured("achr-ab", "1", "result", 100)
                        .measured("thymoma", "0", "result", 100)
                        .measured("disease-duration-years", "9", "years", 1)
                        .coded("mgfa-class", "IIa", 1)
                        .measured("mg-adl", "5", "points", 1)
                        .build(),
                Vignette.of("mg-thymoma", MG, "Myasthenia at 72 with a thymoma on CT")
                        .born(1954)
                        .ongoing("pyridostigmine", 3, true)
                        .measured("achr-ab", "1", "result", 3)
                        .measured("thymoma", "1", "result", 2)
                        .coded("mgfa-class", "IIa", 1)
                        .measured("mg-adl", "4", "points", 1)
                        .build(),
                // ---- response reviews
                Vignette.of("mg-efgartigimod-review", MG, "Two months on efgartigimod: MG-ADL 9 → 8")
                        .born(1979)
                        .failed("prednisolone", 30, 20)
                        .ongoing("efgartigimod", 2, true)
                        .measured("achr-ab", "1", "result", 30)
                        .coded("mgfa-class", "IIIa", 3)
                        .measured("mg-adl", "9", "points", 3)
                        .measured("mg-adl", "8", "points", 1)
                        .build(),
                Vignette.of("mg-efgartigimod-sustained", MG, "Efgartigimod: MG-ADL 9 → 6, 6 and 5 over six weeks")
                        .born(1983)
                        .failed("prednisolone", 30, 20)
                        .ongoingWeeks("efgartigimod", 10)
                        .measured("achr-ab", "1", "result", 30)
                        .coded("mgfa-class", "IIIa", 3)
                        .measuredWeeksAgo("mg-adl", "9", "points", 11)
                        .measuredWeeksAgo("mg-adl", "6", "points", 7)
                        .measuredWeeksAgo("mg-adl", "6", "points", 4)
                        .measuredWeeksAgo("mg-adl", "5", "points", 1)
                        .build(),
                Vignette.of(
                                "mg-efgartigimod-one-reading",
                                MG,
                                "Efgartigimod: MG-ADL 9 → 6 in a single reading at week 8")
                        .born(1977)
                        .failed("prednisolone", 30, 20)
                        .ongoingWeeks("efgartigimod", 9)
                        .measured("achr-ab", "1", "result", 30)
                        .coded("mgfa-class", "IIIa", 3)
                        .measuredWeeksAgo("mg-adl", "9", "points", 10)
                        .measuredWeeksAgo("mg-adl", "6", "points", 1)
                        .build(),
                Vignette.of(
                                "mg-eculizumab-unvaccinated",
                                MG,
                                "Seven months on eculizumab, MG-ADL 10 → 5; no meningococcal vaccination recorded")
                        .born(1964)
                        .failed("prednisolone", 60, 40)
                        .failed("azathioprine", 40, 20)
                        .failed("mycophenolate", 20, 8)
                        .ongoing("eculizumab", 7, true)
                        .measured("achr-ab", "1", "result", 60)
                        .coded("mgfa-class", "IIIb", 8)
                        .measured("mg-adl", "10", "points", 8)
                        .measured("mg-adl", "5", "points", 1)
                        .build(),
                Vignette.of(
                                "mg-eculizumab-vaccinated",
                                MG,
                                "Seven months on eculizumab after vaccination, MG-ADL 10 → 9")
                        .born(1966)
                        .failed("prednisolone", 60, 40)
                        .failed("azathioprine", 40, 20)
                        .failed("methotrexate", 20, 8)
                        .ongoing("eculizumab", 7, true)
                        .measured("meningococcal-vaccine", "1", "result", 8)
                        .measured("achr-ab", "1", "result", 60)
                        .coded("mgfa-class", "IIIa", 8)
                        .measured("mg-adl", "10", "points", 8)
                        .measured("mg-adl", "9", "points", 1)
                        .build(),
                Vignette.of("mg-ravulizumab-response", MG, "Seven months on ravulizumab, MG-ADL 9 → 5")
                        .born(1972)
                        .ongoing("ravulizumab", 7, true)
                        .measured("meningococcal-vaccine", "1", "result", 8)
                        .measured("achr-ab", "1", "result", 30)
                        .coded("mgfa-class", "IIIa", 8)
                        .measured("mg-adl", "9", "points", 8)
                        .measured("mg-adl", "5", "points", 1)
                        .build(),
                Vignette.of("mg-ravulizumab-no-response", MG, "Seven months on ravulizumab, MG-ADL 8 → 7")
                        .born(1961)
                        .ongoing("ravulizumab", 7, true)
                        .measured("meningococcal-vaccine", "1", "result", 8)
                        .measured("achr-ab", "1", "result", 30)
                        .coded("mgfa-class", "IIb", 8)
                        .measured("mg-adl", "8", "points", 8)
                        .measured("mg-adl", "7", "points", 1)
                        .build(),
                // ---- hepatitis B before anti-CD20 therapy
                Vignette.of(
                                "mg-rituximab-unscreened",
                                MG,
                                "MuSK-positive refractory MG, rituximab proposed, hepatitis B not screened")
                        .born(1987)
                        .failed("prednisolone", 40, 30)
                        .failed("azathioprine", 30, 12)
                        .measured("musk-ab", "1", "result", 40)
                        .coded("mgfa-class", "IIIb", 1)
                        .measured("mg-adl", "9", "points", 1)
                        .proposed("rituximab")
                        .build(),
                Vignette.of("mg-rituximab-screened", MG, "On rituximab for MuSK MG, HBsAg and anti-HBc negative")
                        .born(1980)
                        .failed("prednisolone", 40, 30)
                        .ongoing("rituximab", 6, true)
                        .measured("musk-ab", "1", "result", 40)
                        .measured("hbsag", "0", "result", 7)
                        .measured("anti-hbc", "0", "result", 7)
                        .coded("mgfa-class", "IIa", 1)
                        .measured("mg-adl", "3", "points", 1)
                        .build(),
                Vignette.of(
                                "mg-rituximab-past-hepatitis-b",
                                MG,
                                "Rituximab proposed; HBsAg negative but anti-HBc positive (past infection)")
                        .born(1959)
                        .failed("prednisolone", 40, 30)
                        .failed("mycophenolate", 28, 6)
                        .measured("musk-ab", "1", "result", 40)
                        .measured("hbsag", "0", "result", 1)
                        .measured("anti-hbc", "1", "result", 1)
                        .coded("mgfa-class", "IIIa", 1)
                        .measured("mg-adl", "8", "points", 1)
                        .proposed("rituximab")
                        .build());
    }
}
