package org.refract.domain.decision;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A suggestion that the team review stepping down a therapy, once the case has met its remission rule while on a
 * biologic, an immunosuppressant or an oral corticosteroid for at least the rule's period (its review interval).
 * Oral corticosteroids come first; otherwise the longest-running therapy. A hint for the team to discuss with the
 * evidence about stopping, never an instruction.
 *
 * @param therapy the therapy's code
 * @param therapyName its catalogue name
 * @param steroid whether it is an oral corticosteroid (taper first)
 * @param runningSince the start of the line
 * @param periodWeeks the remission rule's period
 */
public record StepDownHint(String therapy, String therapyName, boolean steroid, LocalDate runningSince, int periodWeeks)
        implements Serializable {

    /** An ongoing treatment line as the hint sees it. */
    public record RunningLine(String therapy, String therapyName, String therapyClass, LocalDate start) {

        public RunningLine {
            Objects.requireNonNull(therapy, "therapy");
            Objects.requireNonNull(start, "start");
        }

        boolean isSteroid() {
            return therapyClass != null && therapyClass.toLowerCase(Locale.ROOT).startsWith("systemic corticosteroid");
        }

        boolean canStepDown() {
            if (therapyClass == null) {
                return false;
            }
            String kind = therapyClass.toLowerCase(Locale.ROOT);
            return isSteroid() || kind.startsWith("biologic") || kind.startsWith("immunosuppressant");
        }
    }

    /**
     * The hint, if the remission rule is met and some biologic, immunosuppressant or oral corticosteroid has been
     * running for at least the rule's period.
     */
    public static Optional<StepDownHint> of(RuleOutcome remission, List<RunningLine> ongoing, LocalDate today) {
        if (remission == null
                || remission.verdict() != Verdict.MET
                || remission.rule().reviewAfterWeeks() == null) {
            return Optional.empty();
        }
        int weeks = remission.rule().reviewAfterWeeks();
        return ongoing.stream()
                .filter(RunningLine::canStepDown)
                .filter(line -> !line.start().plusWeeks(weeks).isAfter(today))
                .min(Comparator.comparing((RunningLine line) -> !line.isSteroid())
                        .thenComparing(RunningLine::start))
                .map(line ->
                        new StepDownHint(line.therapy(), line.therapyName(), line.isSteroid(), line.start(), weeks));
    }
}
