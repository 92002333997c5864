package org.refract.service.decision;

import java.io.Serializable;
import org.refract.domain.decision.Assessment;
import org.refract.domain.decision.RuleKind;
import org.refract.domain.decision.RuleOutcome;
import org.refract.domain.decision.RuleSpec;

/**
 * A rule evaluated on a vignette now and with the administrator's draft.
 *
 * @param before the current version's outcome (null when the rule does not apply to the vignette)
 * @param after the draft's outcome
 */
public record RulePreview(String vignetteKey, String vignetteTitle, RuleOutcome before, RuleOutcome after)
        implements Serializable {

    /** Finds the rule's outcome within an assessment, whatever its kind. */
    static RuleOutcome outcomeOf(RuleSpec rule, Assessment assessment) {
        if (rule.kind() == RuleKind.REFRACTORY_DEFINITION) {
            return assessment
                    .refractory()
                    .filter(r -> r.rule().code().equals(rule.code()))
                    .orElse(null);
        }
        if (rule.kind() == RuleKind.THERAPY_ELIGIBILITY) {
            return assessment.options().stream()
                    .map(Assessment.TherapyOption::eligibility)
                    .filter(r -> r != null && r.rule().code().equals(rule.code()))
                    .findFirst()
                    .orElse(null);
        }
        if (rule.kind() == RuleKind.RESPONSE) {
            return assessment.reviews().stream()
                    .map(Assessment.ResponseReview::outcome)
                    .filter(r -> r.rule().code().equals(rule.code()))
                    .findFirst()
                    .orElse(null);
        }
        return null;
    }

    public String statusBefore() {
        return status(before);
    }

    public String statusAfter() {
        return status(after);
    }

    private static String status(RuleOutcome outcome) {
        if (outcome == null) {
            return "NOT_APPLICABLE";
        }
        return outcome.rule().kind() == RuleKind.THERAPY_ELIGIBILITY
                ? outcome.eligibilityStatus()
                : outcome.refractoryStatus();
    }
}
