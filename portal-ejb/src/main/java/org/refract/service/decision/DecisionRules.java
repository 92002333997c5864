package org.refract.service.decision;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.refract.domain.decision.DecisionRule;
import org.refract.domain.decision.RuleBook;
import org.refract.domain.platform.CacheGeneration;
import org.refract.domain.trial.ClinicalTrial;
import org.refract.service.platform.CacheGenerations;

/**
 * The current version of every active rule and the registered clinical trials, read once and kept until an administrator's edit calls
 * {@link #invalidate()} on any server of a cluster (the rules' {@link CacheGeneration}, read from the second-level
 * cache). Rules hold no clinical data, so any authenticated caller may read them; assessments therefore add no
 * statement to a request.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@PermitAll
public class DecisionRules {

    @PersistenceContext
    EntityManager em;

    @EJB
    CacheGenerations generations;

    /** The rule book and the generation of the rules it was read at. */
    private record Cached(long generation, RuleBook book) {}

    private volatile Cached cached;

    public RuleBook book() {
        long generation = generations.current(CacheGeneration.RULES);
        Cached current = cached;
        if (current == null || current.generation() != generation) {
            current = new Cached(generation, read());
            cached = current;
        }
        return current.book();
    }

    private RuleBook read() {
        return new RuleBook(
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
    }

    /**
     * Forgets the cached rules with the caller's change: the next assessment reads them again, on every server of a
     * cluster once the change commits.
     */
    public void invalidate() {
        generations.raise(CacheGeneration.RULES);
        cached = null;
    }
}
