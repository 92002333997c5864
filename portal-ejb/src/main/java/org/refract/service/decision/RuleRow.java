package org.refract.service.decision;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import org.refract.domain.decision.DecisionRule;
import org.refract.domain.decision.RuleKind;

/** One rule in the administrator's list. */
public record RuleRow(
        String code,
        RuleKind kind,
        String condition,
        String therapy,
        String name,
        String source,
        int version,
        LocalDate effectiveFrom,
        String changedBy,
        Instant changedAt)
        implements Serializable {

    static RuleRow of(DecisionRule rule) {
        var current = rule.current();
        return new RuleRow(
                rule.getCode(),
                rule.getKind(),
                rule.getConditionCode(),
                rule.getTherapyCode(),
                current.getName(),
                current.getSource(),
                current.getNumber(),
                current.getEffectiveFrom(),
                current.getCreatedBy(),
                current.getCreatedAt());
    }
}
