package org.refract.service.outcome;

import java.io.Serializable;
import java.util.List;

/**
 * What one run of the review job did for one team on one day.
 *
 * @param claimed whether this run won the day's claim (a run that lost it did nothing)
 * @param raised the texts of the calls it raised, as told to the clinician and the chair
 */
public record LoopRun(boolean claimed, List<String> raised) implements Serializable {

    public LoopRun {
        raised = List.copyOf(raised);
    }

    static LoopRun notClaimed() {
        return new LoopRun(false, List.of());
    }
}
