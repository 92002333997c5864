package org.refract.domain.decision;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The watch for relapse after a stop (seed BIOCROSS: biologics control inflammation while given, and stopping often
 * brings the disease back; COMET saw more exacerbations within a year of stopping mepolizumab). A biologic,
 * immunosuppressant or oral corticosteroid that stopped while the condition's remission rule was met is watched for
 * the rule's period (its review interval) after the stop; when the rule, evaluated on the events and measurements
 * recorded since, is no longer met, that is a relapse for the team to look at. A notice, never an instruction.
 *
 * @param therapy the stopped therapy's code
 * @param therapyName its name
 * @param stoppedOn the end of its line
 * @param watchUntil the last day watched
 * @param rule the remission rule's name and version
 * @param unmet the criteria no longer met, by their labels in the rule (as the team reads them, with no catalogue
 *     codes; the values are on the case)
 */
public record RelapseWatch(
        String therapy, String therapyName, LocalDate stoppedOn, LocalDate watchUntil, String rule, String unmet)
        implements Serializable {

    /** A stopped treatment line as the watch sees it. */
    public record StoppedLine(String therapy, String therapyName, String therapyClass, LocalDate start, LocalDate end) {

        public StoppedLine {
            Objects.requireNonNull(therapy, "therapy");
            Objects.requireNonNull(start, "start");
            Objects.requireNonNull(end, "end");
        }

        boolean isWatched() {
            return new StepDownHint.RunningLine(therapy, therapyName, therapyClass, start).canStepDown();
        }
    }

    /**
     * The relapse, if the line is watched on {@code now.on()}, the remission rule was met on the day it stopped
     * ({@code atStop}: the facts as they stood that day) and is not met now.
     */
    public static Optional<RelapseWatch> check(
            RuleBook book, String condition, StoppedLine line, CaseFacts atStop, CaseFacts now) {
        if (!line.isWatched() || now.on().isBefore(line.end())) {
            return Optional.empty();
        }
        Optional<RuleSpec> rule = book.remission(condition, now).filter(r -> r.reviewAfterWeeks() != null);
        if (rule.isEmpty()) {
            return Optional.empty();
        }
        LocalDate until = line.end().plusWeeks(rule.get().reviewAfterWeeks());
        if (now.on().isAfter(until)) {
            return Optional.empty();
        }
        boolean metAtStop = book.assessRemission(atStop, condition)
                .map(o -> o.verdict() == Verdict.MET)
                .orElse(false);
        if (!metAtStop) {
            return Optional.empty();
        }
        return book.assessRemission(now, condition)
                .filter(o -> o.verdict() == Verdict.UNMET)
                .map(o -> new RelapseWatch(
                        line.therapy(),
                        line.therapyName(),
                        line.end(),
                        until,
                        o.rule().name() + " (version " + o.rule().version() + ")",
                        o.criteria().stream()
                                .filter(c -> c.result() == Verdict.UNMET && !c.group())
                                .map(c -> c.text() == null || c.text().isBlank() ? c.value() : c.text())
                                .collect(Collectors.joining("; "))));
    }
}
