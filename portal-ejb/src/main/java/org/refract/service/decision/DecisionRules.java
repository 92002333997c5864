package org.refract.service.decision;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.refract.domain.decision.DecisionRule;
import org.refract.domain.decision.RuleBook;
import org.refract.domain.trial.ClinicalTrial;

/**
 * The current version of every active rule and the registered clinical trials, read once and kept until an administrator's edit calls
 * {@link #invalidate()}. Rules hold no clinical data, so any authenticated caller may read them; assessments
 * therefore add no statement to a request.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@PermitAll
public class DecisionRules {

    @PersistenceContext
    EntityManager em;

    private volatile RuleBook book;

    public RuleBook book() {
        RuleBook current = book;
        if (current == null) {
            current = new RuleBook(
                    em.createQuery(
                                    "select distinct r from DecisionRule r left join fetch r.versions"
                                            + " where r.active = true order by r.code",
                                    DecisionRule.class)
                            .getResultStream()
                            .map(DecisionRule::spec)
                            .toList(),
                    em.createNamedQuery("ClinicalTrial.all", ClinicalTrial.class)
                            .getResultStream()
                            .map(t -> new RuleBook.TrialRef(
                                    t.getRegistryId(),
                                    t.getTitle(),
                                    t.getConditionCode(),
                                    t.getStatus(),
                                    t.getLink(),
                                    t.getEligibility().getCode()))
                            .toList());
            book = current;
        }
        return current;
    }

    /** Forgets the cached rules; the next assessment reads them again. */
    public void invalidate() {
        book = null;
    }
}
