package org.refract.service.casework;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Optional;

/**
 * Who saved a case last, read in a transaction of its own: the caller's transaction has just failed on a version
 * conflict and can no longer read.
 */
@Stateless
@PermitAll
public class CaseLastChange {

    /** The last save of a case. */
    public record Change(String by, Instant at) {}

    @PersistenceContext
    EntityManager em;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Optional<Change> of(long caseId) {
        return em.createQuery("select c.updatedBy, c.updatedAt from ClinicalCase c where c.id = :id", Object[].class)
                .setParameter("id", caseId)
                .getResultStream()
                .findFirst()
                .map(row -> new Change((String) row[0], (Instant) row[1]));
    }
}
