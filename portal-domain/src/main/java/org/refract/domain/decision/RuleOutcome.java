package org.refract.domain.decision;

import java.io.Serializable;
import java.util.List;

/**
 * A rule evaluated for a case: its overall verdict and the explanation line by line.
 *
 * @param rule the rule version used
 * @param verdict met, unmet or missing data
 * @param criteria the explanation, in the rule's order
 */
public record RuleOutcome(RuleSpec rule, Verdict verdict, List<CriterionResult> criteria) implements Serializable {

    public RuleOutcome {
        criteria = List.copyOf(criteria);
    }

    /** The status word of the API for a refractory definition: MET, NOT_MET or INSUFFICIENT_DATA. */
    public String refractoryStatus() {
        return switch (verdict) {
            case MET -> "MET";
            case UNMET -> "NOT_MET";
            case MISSING -> "INSUFFICIENT_DATA";
        };
    }

    /** The status word of the API for a therapy: ELIGIBLE, NOT_ELIGIBLE or INSUFFICIENT_DATA. */
    public String eligibilityStatus() {
        return switch (verdict) {
            case MET -> "ELIGIBLE";
            case UNMET -> "NOT_ELIGIBLE";
            case MISSING -> "INSUFFICIENT_DATA";
        };
    }

    /** The criteria the case is missing data for (what to measure next). */
    public List<CriterionResult> missing() {
        return criteria.stream()
                .filter(c -> !c.group() && c.result() == Verdict.MISSING)
                .toList();
    }
}
