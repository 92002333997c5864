package org.refract.service.decision;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import org.refract.domain.decision.RuleVersion;

/** One version in a rule's history. */
public record RuleVersionRow(
        int number,
        String name,
        String source,
        LocalDate effectiveFrom,
        String criteria,
        String changeNote,
        String createdBy,
        Instant createdAt)
        implements Serializable {

    static RuleVersionRow of(RuleVersion version) {
        return new RuleVersionRow(
                version.getNumber(),
                version.getName(),
                version.getSource(),
                version.getEffectiveFrom(),
                version.getCriteria(),
                version.getChangeNote(),
                version.getCreatedBy(),
                version.getCreatedAt());
    }
}
