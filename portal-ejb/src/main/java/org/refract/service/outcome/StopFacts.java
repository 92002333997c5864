package org.refract.service.outcome;

import jakarta.enterprise.context.Dependent;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.refract.domain.casework.ClinicalCase;
import org.refract.domain.casework.EventCounts;
import org.refract.domain.decision.CaseFacts;

/**
 * A case's facts as they stood on a given day, for the relapse watch: the measurements recorded up to that day and
 * the counts its events give over the windows ending that day (so that the day a therapy stopped and today are
 * judged alike).
 */
@Dependent
public class StopFacts {

    /** The longest a stop is watched, whatever the rule says: a bound on the lines read. */
    static final int LONGEST_WATCH_YEARS = 3;

    /** The facts of the case on {@code day}. */
    public CaseFacts on(ClinicalCase clinicalCase, LocalDate day) {
        CaseFacts recorded = CaseFacts.of(clinicalCase, day, Set.of());
        List<CaseFacts.Measurement> measurements = new ArrayList<>(recorded.measurements());
        EventCounts.of(clinicalCase.getEvents(), day).stream()
                .map(count -> new CaseFacts.Measurement(count.code(), count.value(), null, null, day))
                .forEach(measurements::add);
        return new CaseFacts(
                day,
                recorded.birthYear(),
                recorded.sex(),
                measurements,
                recorded.lines(),
                recorded.findings(),
                Set.of());
    }
}
