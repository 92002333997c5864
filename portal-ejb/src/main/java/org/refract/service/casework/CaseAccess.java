package org.refract.service.casework;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import org.refract.domain.casework.ClinicalCase;
import org.refract.service.shared.ConflictException;
import org.refract.service.shared.NotFoundException;

/**
 * Loads a case only if the caller belongs to its team. A case of another team is reported exactly like a case
 * that does not exist, so that its existence never leaks. Used by the role-checked case services only.
 */
@Stateless
@PermitAll
public class CaseAccess {

    private static final String SCOPE = " where c.id = :id and exists (select m from TeamMembership m"
            + " where m.team = c.team and m.user.username = :caller)";

    @Resource
    SessionContext session;

    @Inject
    CaseLastChange lastChange;

    @PersistenceContext
    EntityManager em;

    /** The case with patient, condition, team and clinician, in one statement. */
    public ClinicalCase get(long id) {
        return em.createQuery("select c from ClinicalCase c join fetch c.patient join fetch c.condition"
                        + " join fetch c.team join fetch c.clinician" + SCOPE, ClinicalCase.class)
                .setParameter("id", id)
                .setParameter("caller", caller())
                .getResultStream().findFirst()
                .orElseThrow(() -> notFound(id));
    }

    /** The case with its observations too (one bag only: the others load in one statement each). */
    public ClinicalCase getWithObservations(long id) {
        return em.createQuery("select distinct c from ClinicalCase c join fetch c.patient join fetch c.condition"
                        + " join fetch c.team join fetch c.clinician left join fetch c.observations o"
                        + " left join fetch o.instrument" + SCOPE, ClinicalCase.class)
                .setParameter("id", id)
                .setParameter("caller", caller())
                .getResultStream().findFirst()
                .orElseThrow(() -> notFound(id));
    }

    /**
     * The case for a change the caller prepared on the given version. Someone else's save in between is reported
     * with their name and time, and nothing is written.
     */
    public ClinicalCase getForChange(long id, long expectedVersion) {
        ClinicalCase clinicalCase = get(id);
        checkVersion(clinicalCase, expectedVersion);
        return clinicalCase;
    }

    /**
     * Writes the pending changes now, so that a save that raced with another one fails here, with a message
     * naming who won, rather than anonymously at commit.
     */
    public void flush(long caseId) {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw lastChange.of(caseId).map(c -> conflict(c.by(), c.at()))
                    .orElseGet(() -> conflict("another user", Instant.now()));
        }
    }

    static void checkVersion(ClinicalCase clinicalCase, long expectedVersion) {
        if (clinicalCase.getVersion() != expectedVersion) {
            throw conflict(clinicalCase.getUpdatedBy(), clinicalCase.getUpdatedAt());
        }
    }

    static ConflictException conflict(String savedBy, Instant savedAt) {
        return new ConflictException("This case was changed by " + savedBy + " at " + savedAt
                + " after you opened it. Your input is kept: review their change, then save again.", savedBy,
                savedAt);
    }

    String caller() {
        return session.getCallerPrincipal().getName();
    }

    private static NotFoundException notFound(long id) {
        return new NotFoundException("Case " + id + " was not found.");
    }
}
