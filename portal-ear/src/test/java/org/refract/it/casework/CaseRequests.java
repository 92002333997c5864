package org.refract.it.casework;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.refract.service.casework.FindingRequest;
import org.refract.service.casework.NewCase;
import org.refract.service.casework.ObservationRequest;
import org.refract.service.casework.PatientRequest;
import org.refract.service.casework.TreatmentLineRequest;

/** Valid requests for new cases, as the integration tests of the casework services send them. */
final class CaseRequests {

    static final String RESPIRATORY_CLINICIAN = "resp.pulm";
    static final String RESPIRATORY_PHARMACIST = "resp.pharm";
    static final String NEUROMUSCULAR_CLINICIAN = "neuro.neuro";
    static final String ADMIN = "admin";

    private CaseRequests() {}

    /** A severe-asthma case of the respiratory team with one measurement and one treatment line. */
    static NewCase severeAsthma(String summary) {
        return severeAsthma(
                summary,
                List.of(observation("blood-eos", 320, "cells/uL", 30)),
                List.of(line("high-dose-ics-laba", 400, null, "NONE")));
    }

    /** A severe-asthma case of the respiratory team with the given measurements and treatment lines. */
    static NewCase severeAsthma(
            String summary, List<ObservationRequest> observations, List<TreatmentLineRequest> lines) {
        return new NewCase(
                new PatientRequest(null, 1971, "F"),
                "severe-asthma",
                "respiratory",
                null,
                summary,
                observations,
                lines,
                List.of(new FindingRequest("inhaler-technique", "EXCLUDED", "Checked at clinic", null)));
    }

    /**
     * A severe-asthma case with a full record: ten measurements (five instruments, two dates each) and three
     * treatment lines, the size the statement-count targets assume.
     */
    static NewCase fullSevereAsthma() {
        List<ObservationRequest> observations = new ArrayList<>();
        for (int month = 0; month < 2; month++) {
            int daysAgo = 30 + month * 120;
            observations.add(observation("act", 12 + month, "points", daysAgo));
            observations.add(observation("fev1-pct-pred", 61 + month, "%", daysAgo));
            observations.add(observation("blood-eos", 350 + 50 * month, "cells/uL", daysAgo));
            observations.add(observation("feno", 48 + month, "ppb", daysAgo));
            observations.add(observation("exacerbations-12m", 4 + month, "count", daysAgo));
        }
        return new NewCase(
                new PatientRequest(null, 1968, "M"),
                "severe-asthma",
                "respiratory",
                null,
                "Uncontrolled despite high-dose ICS-LABA; two biologics tried.",
                observations,
                List.of(
                        line("high-dose-ics-laba", 900, null, "NONE"),
                        line("omalizumab", 700, 400, "PARTIAL"),
                        line("mepolizumab", 380, 20, "NONE")),
                List.of(new FindingRequest("adherence", "EXCLUDED", "Dispensing records", null)));
    }

    /**
     * A myasthenia-gravis case of the neuromuscular team with a full record, including a value-set measurement
     * (MGFA class) and antibody tests (0/1), whose display needs the catalogue's value sets.
     */
    static NewCase fullMyastheniaGravis() {
        List<ObservationRequest> observations = new ArrayList<>();
        for (int visit = 0; visit < 2; visit++) {
            int daysAgo = 20 + visit * 90;
            observations.add(observation("mgfa-class", visit == 0 ? "IIIa" : "IIb", "class", daysAgo));
            observations.add(observation("mg-adl", 9 + visit, "points", daysAgo));
            observations.add(observation("qmg", 15 + visit, "points", daysAgo));
            observations.add(observation("weight-kg", 81 + visit, "kg", daysAgo));
        }
        observations.add(observation("achr-ab", 1, "result", 400));
        observations.add(observation("musk-ab", 0, "result", 400));
        return new NewCase(
                new PatientRequest(null, 1979, "F"),
                "myasthenia-gravis",
                "neuromuscular",
                null,
                "Generalised AChR-positive MG, refractory to two immunosuppressants.",
                observations,
                List.of(
                        line("pyridostigmine", 900, null, "PARTIAL"),
                        line("azathioprine", 700, 300, "NONE"),
                        line("mycophenolate", 280, null, "NONE")),
                List.of(new FindingRequest("adherence", "EXCLUDED", "Pill counts", null)));
    }

    static ObservationRequest observation(String code, Object value, String unit, int daysAgo) {
        Object number = value instanceof Integer i ? BigDecimal.valueOf(i) : value;
        return new ObservationRequest(code, number, unit, LocalDate.now().minusDays(daysAgo), null);
    }

    static TreatmentLineRequest line(String therapy, int startedDaysAgo, Integer endedDaysAgo, String response) {
        LocalDate end = endedDaysAgo == null ? null : LocalDate.now().minusDays(endedDaysAgo);
        return new TreatmentLineRequest(
                therapy,
                "standard dose",
                LocalDate.now().minusDays(startedDaysAgo),
                end,
                response,
                end == null ? null : "No benefit",
                true,
                "Dispensing records",
                therapy.equals("high-dose-ics-laba") ? Boolean.TRUE : null,
                true,
                null);
    }
}
