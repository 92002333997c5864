package org.refract.demo.casework;

import java.time.LocalDate;
import java.util.List;
import org.refract.domain.casework.CaseStatus;
import org.refract.service.casework.NewCase;
import org.refract.service.casework.PatientRequest;

/** The showcase cases of haemophilia (the haemophilia team). */
final class HaemophiliaDemoCases extends DemoCaseBuilder {

    HaemophiliaDemoCases(LocalDate today) {
        super(today);
    }

    @Override
    List<DemoCases> cases() {
        return List.of(inhibitorHaemophilia(), geneTherapyCandidate());
    }

    private DemoCases inhibitorHaemophilia() {
        return new DemoCases(
                "haem.haem",
                CaseStatus.READY_FOR_REVIEW,
                new NewCase(
                        new PatientRequest("P-3001", 2009, "M"),
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
                        new PatientRequest("P-3002", 1988, "M"),
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
}
