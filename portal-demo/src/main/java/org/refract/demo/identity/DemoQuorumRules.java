package org.refract.demo.identity;

import java.util.Set;
import org.refract.domain.identity.Discipline;
import org.refract.domain.identity.QuorumRule;

/** The demo teams' quorum rules: the disciplines without which each team cannot decide. */
public final class DemoQuorumRules {

    private DemoQuorumRules() {}

    public static QuorumRule of(String teamCode) {
        return switch (teamCode) {
            case "respiratory" -> QuorumRule.of(3, Set.of(Discipline.PULMONOLOGIST, Discipline.PHARMACIST));
            case "neuromuscular" -> QuorumRule.of(3, Set.of(Discipline.NEUROLOGIST, Discipline.IMMUNOLOGIST));
            case "haemophilia" -> QuorumRule.of(3, Set.of(Discipline.HAEMATOLOGIST, Discipline.PHARMACIST));
            case "epilepsy" -> QuorumRule.of(3, Set.of(Discipline.NEUROLOGIST));
            case "lymphoma" -> QuorumRule.of(3, Set.of(Discipline.HAEMATOLOGIST, Discipline.ONCOLOGIST));
            case "lupus" -> QuorumRule.of(3, Set.of(Discipline.RHEUMATOLOGIST, Discipline.NEPHROLOGIST));
            default -> QuorumRule.defaultRule();
        };
    }
}
