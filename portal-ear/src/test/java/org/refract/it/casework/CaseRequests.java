package org.refract.it.casework;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.refract.service.casework.FindingEntry;
import org.refract.service.casework.NewCase;
import org.refract.service.casework.ObservationEntry;
import org.refract.service.casework.PatientEntry;
import org.refract.service.casework.TreatmentLineEntry;

/** Valid requests for new cases, as the integration tests of the casework services send them. */
final class CaseRequests {

    static final String RESPIRATORY_CLINICIAN = "resp.pulm";
    static final String RESPIRATORY_PHARMACIST = "resp.pharm";
    static final String NEUROMUSCULAR_CLINICIAN = "neuro.neuro";
    static final String ADMIN = "admin";

    private CaseRequests() {
    }

    /** A severe-asthma case of the respiratory team with one measurement and one treatment line. */
    static NewCase severeAsthma(String summary) {
        return new NewCase(new PatientEntry(null, 1971, "F"), "severe-asthma", "respiratory", null, summary,
                List.of(observation("blood-eos", 320, "cells/uL", 30)),
                List.of(line("high-dose-ics-laba", 400, null, "NONE")),
                List.of(new FindingEntry("inhaler-technique", "EXCLUDED", "Checked at clinic", null)));
    }

    /**
     * A severe-asthma case with a full record: ten measurements (five instruments, two dates each) and three
     * treatment lines, the size the statement-count targets assume.
     */
    static NewCase fullSevereAsthma() {
        List<ObservationEntry> observations = new ArrayList<>();
        for (int month = 0; month < 2; month++) {
            int daysAgo = 30 + month * 120;
            observations.add(observation("act", 12 + month, "points", daysAgo));
            observations.add(observation("fev1-pct-pred", 61 + month, "%", daysAgo));
            observations.add(observation("blood-eos", 350 + 50 * month, "cells/uL", daysAgo));
            observations.add(observation("feno", 48 + month, "ppb", daysAgo));
            observations.add(observation("exacerbations-12m", 4 + month, "count", daysAgo));
        }
        return new NewCase(new PatientEntry(null, 1968, "M"), "severe-asthma", "respiratory", null,
                "Uncontrolled despite high-dose ICS-LABA; two biologics tried.", observations,
                List.of(line("high-dose-ics-laba", 900, null, "NONE"),
                        line("omalizumab", 700, 400, "PARTIAL"),
                        line("mepolizumab", 380, 20, "NONE")),
                List.of(new FindingEntry("adherence", "EXCLUDED", "Dispensing records", null)));
    }

    static ObservationEntry observation(String code, Object value, String unit, int daysAgo) {
        Object number = value instanceof Integer i ? BigDecimal.valueOf(i) : value;
        return new ObservationEntry(code, number, unit, LocalDate.now().minusDays(daysAgo), null);
    }

    static TreatmentLineEntry line(String therapy, int startedDaysAgo, Integer endedDaysAgo, String response) {
        LocalDate end = endedDaysAgo == null ? null : LocalDate.now().minusDays(endedDaysAgo);
        return new TreatmentLineEntry(therapy, "standard dose", LocalDate.now().minusDays(startedDaysAgo), end,
                response, end == null ? null : "No benefit", true, "Dispensing records",
                therapy.equals("high-dose-ics-laba") ? Boolean.TRUE : null, true, null);
    }
}
