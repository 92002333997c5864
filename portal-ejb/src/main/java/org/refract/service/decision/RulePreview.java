package org.refract.service.decision;

import java.io.Serializable;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.refract.domain.decision.CriterionResult;
import org.refract.domain.decision.RuleKind;
import org.refract.domain.decision.RuleOutcome;

/**
 * A rule evaluated on one vignette with its current version and with the administrator's draft, and what differs.
 *
 * @param before the current version's outcome (null when the rule does not apply to the vignette)
 * @param after the draft's outcome (null when it does not apply)
 */
public record RulePreview(String vignetteKey, String vignetteTitle, RuleOutcome before, RuleOutcome after)
        implements Serializable {

    /** One line of the draft's explanation; {@code changed} when the current version has no identical line. */
    public record Line(CriterionResult result, boolean changed) implements Serializable {}

    public String statusBefore() {
        return status(before);
    }

    public String statusAfter() {
        return status(after);
    }

    /** Whether the draft changes the vignette's result. */
    public boolean isChanged() {
        return !statusBefore().equals(statusAfter());
    }

    /** Whether the draft changes any line of the explanation (a new criterion, a new value or result). */
    public boolean isExplanationChanged() {
        return lines().stream().anyMatch(Line::changed)
                || (before != null
                        && (after == null
                                || before.criteria().size() != after.criteria().size()));
    }

    /** The draft's explanation, each line marked when it differs from the current version's. */
    public List<Line> lines() {
        if (after == null) {
            return List.of();
        }
        Set<String> current = before == null
                ? Set.of()
                : before.criteria().stream().map(RulePreview::key).collect(Collectors.toSet());
        return after.criteria().stream()
                .map(c -> new Line(c, !current.contains(key(c))))
                .toList();
    }

    private static String key(CriterionResult c) {
        return c.depth() + "|" + c.text() + "|" + c.result() + "|" + c.value();
    }

    /**
     * The status word of an outcome: ELIGIBLE / NOT_ELIGIBLE for eligibility and trials, ALERT / NO_ALERT for safety
     * rules, MET / NOT_MET otherwise, INSUFFICIENT_DATA when data are missing, NOT_APPLICABLE without an outcome.
     */
    static String status(RuleOutcome outcome) {
        if (outcome == null) {
            return "NOT_APPLICABLE";
        }
        RuleKind kind = outcome.rule().kind();
        if (kind == RuleKind.SAFETY) {
            return switch (outcome.verdict()) {
                case MET -> "ALERT";
                case UNMET -> "NO_ALERT";
                case MISSING -> "INSUFFICIENT_DATA";
            };
        }
        return kind == RuleKind.THERAPY_ELIGIBILITY || kind == RuleKind.TRIAL
                ? outcome.eligibilityStatus()
                : outcome.refractoryStatus();
    }
}
