package org.refract.service.trial;

import java.io.Serializable;
import org.refract.domain.decision.TrialStatus;
import org.refract.domain.trial.ClinicalTrial;

/**
 * A trial as its edit page shows and submits it.
 *
 * @param registryId e.g. NCT05828225 (fixed once created)
 * @param condition the condition code (fixed once created)
 * @param link the registry page or the sponsor's; blank means the registry page
 * @param ruleCode the eligibility rule, edited in the rule editor (read-only here)
 * @param ruleVersion the eligibility rule's current version (read-only here)
 * @param version the optimistic-lock version the edit is based on
 */
public record TrialDetail(
        String registryId,
        String title,
        String condition,
        TrialStatus status,
        String sites,
        String link,
        String ruleCode,
        int ruleVersion,
        long version)
        implements Serializable {

    static TrialDetail of(ClinicalTrial trial) {
        return new TrialDetail(
                trial.getRegistryId(),
                trial.getTitle(),
                trial.getConditionCode(),
                trial.getStatus(),
                trial.getSites(),
                trial.getLink(),
                trial.getEligibility().getCode(),
                trial.getEligibility().getCurrentNumber(),
                trial.getVersion());
    }
}
