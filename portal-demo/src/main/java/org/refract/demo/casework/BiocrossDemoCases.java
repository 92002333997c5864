package org.refract.demo.casework;

import java.time.LocalDate;
import java.util.List;
import org.refract.domain.casework.CaseStatus;
import org.refract.service.casework.NewCase;
import org.refract.service.casework.PatientRequest;

/**
 * The BIOCROSS story of the respiratory team (control is not cure): P-1005 responds to mepolizumab and is in
 * remission on treatment, so her team reviews stepping down (the outcome of the switch is recorded against the
 * recommendation that made it); P-1006 stopped benralizumab after two years in remission, and the exacerbations came
 * back, which the relapse watch reports to his clinician and the chair. P-1004 (benralizumab at 13 months, response
 * review due) is the third act. Pseudonymised, invented patients.
 */
final class BiocrossDemoCases extends DemoCaseBuilder {

    BiocrossDemoCases(LocalDate today) {
        super(today);
    }

    @Override
    List<DemoCases> cases() {
        return List.of(responderInRemission(), relapseAfterStopping());
    }

    private DemoCases responderInRemission() {
        return new DemoCases(
                "resp.pulm",
                CaseStatus.READY_FOR_REVIEW,
                new NewCase(
                        new PatientRequest("P-1005", 1972, "F"),
                        "severe-asthma",
                        "respiratory",
                        "Mepolizumab at 15 months, in remission: step-down review",
                        "Severe eosinophilic asthma switched to mepolizumab by the MDT 15 months ago. No exacerbation"
                                + " in the 12 months since the third dose, maintenance prednisolone tapered off, ACT 23"
                                + " and FEV1 86 % predicted. Outcome recorded as remission on treatment; the team reviews"
                                + " whether to step down, knowing that stopping often brings exacerbations back (COMET).",
                        List.of(
                                obs("ocs-maintenance-mg", 5, "mg/day", 26),
                                obs("act", 12, "points", 16),
                                obs("blood-eos", 520, "cells/uL", 16),
                                obs("fev1-pct-pred", 68, "%", 16),
                                obs("ocs-maintenance-mg", 5, "mg/day", 16),
                                obs("act", 19, "points", 9),
                                obs("act", 23, "points", 1),
                                obs("acq", 0.6, "points", 1),
                                obs("fev1-pct-pred", 86, "%", 1),
                                obs("blood-eos", 40, "cells/uL", 1),
                                obs("ocs-maintenance-mg", 0, "mg/day", 9)),
                        List.of(
                                line(
                                        "high-dose-ics-laba",
                                        "Fluticasone furoate/vilanterol 184/22 µg once daily",
                                        60,
                                        null,
                                        "PARTIAL",
                                        null,
                                        true,
                                        "Inhaler monitor",
                                        true,
                                        true,
                                        null),
                                line(
                                        "prednisolone",
                                        "5 mg daily, tapered off",
                                        26,
                                        9,
                                        "PARTIAL",
                                        "Tapered off on mepolizumab",
                                        true,
                                        "Pharmacy refill records",
                                        null,
                                        true,
                                        null),
                                line(
                                        "mepolizumab",
                                        "100 mg every 4 weeks",
                                        15,
                                        null,
                                        "COMPLETE",
                                        null,
                                        true,
                                        "Home administration diary",
                                        null,
                                        null,
                                        null)),
                        List.of(
                                finding("adherence", "EXCLUDED", "Inhaler monitor 95 %.", 16),
                                finding("inhaler-technique", "EXCLUDED", "Checked by the specialist nurse.", 16))));
    }

    private DemoCases relapseAfterStopping() {
        return new DemoCases(
                "resp.pulm",
                CaseStatus.READY_FOR_REVIEW,
                new NewCase(
                        new PatientRequest("P-1006", 1958, "M"),
                        "severe-asthma",
                        "respiratory",
                        "Exacerbations back after stopping benralizumab",
                        "Severe eosinophilic asthma in remission on benralizumab for two years; the team stepped it"
                                + " down five months ago at his wish. Two steroid-treated exacerbations since, one with an"
                                + " emergency visit; ACT 16, eosinophils 480 cells/µL. Back to the MDT: restart?",
                        List.of(
                                obs("act", 23, "points", 6),
                                obs("fev1-pct-pred", 84, "%", 6),
                                obs("exacerbations-12m", 0, "count", 6),
                                obs("ocs-maintenance-mg", 0, "mg/day", 6),
                                obs("act", 16, "points", 0),
                                obs("fev1-pct-pred", 74, "%", 0),
                                obs("blood-eos", 480, "cells/uL", 0)),
                        List.of(
                                line(
                                        "high-dose-ics-laba",
                                        "Beclometasone/formoterol 200/6 µg two puffs twice daily",
                                        72,
                                        null,
                                        "PARTIAL",
                                        null,
                                        true,
                                        "Dose counter",
                                        true,
                                        true,
                                        null),
                                line(
                                        "benralizumab",
                                        "30 mg every 8 weeks",
                                        30,
                                        5,
                                        "COMPLETE",
                                        "Stepped down after two years in remission (MDT step-down review)",
                                        true,
                                        "Administered in clinic",
                                        null,
                                        null,
                                        null)),
                        List.of(
                                finding("adherence", "EXCLUDED", "Dose counter and clinic administration.", 6),
                                finding("inhaler-technique", "EXCLUDED", "Checked by the nurse.", 6))));
    }
}
