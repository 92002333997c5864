package org.refract.it.casework;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import org.refract.domain.casework.ClinicalCase;
import org.refract.service.casework.CaseService;

/**
 * A caller's transaction that changes a case, leaves the change to its commit (no flush), and opens the case in
 * between. {@link CaseService#open} flushes nothing in its own transaction; in the caller's it would drop the change.
 */
@Stateless
@PermitAll
public class ChangeAroundAnOpening {

    @PersistenceContext
    EntityManager em;

    @EJB
    CaseService cases;

    public void retitleAndOpen(long caseId, String title, String by) {
        ClinicalCase clinicalCase = em.find(ClinicalCase.class, caseId);
        clinicalCase.describe(title, clinicalCase.getSummary(), clinicalCase.getClinician(), by, Instant.now());
        cases.open(caseId);
    }
}
