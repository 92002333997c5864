package org.refract.service.decision;

import java.io.Serializable;
import java.util.List;
import org.refract.domain.decision.DecisionRule;
import org.refract.domain.decision.RuleDraft;
import org.refract.domain.decision.RuleKind;

/**
 * A rule as the editor opens it: the current version as a draft to change, and the history, newest first.
 *
 * @param currentVersion the version number the edit is based on (a save on an older one is refused)
 */
public record RuleDetail(
        String code,
        RuleKind kind,
        String condition,
        String therapy,
        int currentVersion,
        RuleDraft current,
        List<RuleVersionRow> history)
        implements Serializable {

    static RuleDetail of(DecisionRule rule) {
        List<RuleVersionRow> history = rule.getVersions().stream()
                .map(RuleVersionRow::of)
                .sorted((a, b) -> Integer.compare(b.number(), a.number()))
                .toList();
        return new RuleDetail(
                rule.getCode(),
                rule.getKind(),
                rule.getConditionCode(),
                rule.getTherapyCode(),
                rule.getCurrentNumber(),
                rule.current().toDraft(),
                history);
    }
}
