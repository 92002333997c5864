package org.refract.it.outcomes;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import org.refract.domain.casework.ClinicalCase;
import org.refract.service.outcome.ReviewLoop;

/**
 * A caller's transaction that reads a case, runs the review loop for it, and then changes the case (as the demo's
 * seeding does). The loop lets go of what it read only in a team's run, which is a transaction of its own; in the
 * caller's transaction that would detach the caller's case and drop the change.
 */
@Stateless
@PermitAll
public class ChangeAroundALoopRun {

    @PersistenceContext
    EntityManager em;

    @EJB
    ReviewLoop loop;

    public void runAndRetitle(long caseId, LocalDate day, String title, String by) {
        ClinicalCase clinicalCase = em.find(ClinicalCase.class, caseId);
        loop.runCase(caseId, day);
        clinicalCase.describe(title, clinicalCase.getSummary(), clinicalCase.getClinician(), by, Instant.now());
    }
}
