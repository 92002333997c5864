package org.refract.service.casework;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import java.security.Principal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.refract.domain.casework.ClinicalCase;
import org.refract.service.shared.ConflictException;
import org.refract.service.shared.NotFoundException;

/**
 * Loads a case only if the caller belongs to its team. A case of another team is reported exactly like a case
 * that does not exist, so that its existence never leaks. Used by the role-checked case services only, in
 * their transaction and security context.
 */
@Dependent
public class CaseAccess {

    private static final DateTimeFormatter SAVED_AT =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);

    private static final String SCOPE = " where c.id = :id and exists (select m from TeamMembership m"
            + " where m.team = c.team and m.user.username = :caller)";

    /**
     * JPQL for the team of case {@code :id} if the caller ({@code :caller}) belongs to it, else none: a query of the
     * team's members is then empty exactly when the case is "not found" for the caller (who is a member).
     */
    public static final String TEAM_OF_READABLE_CASE = "(select c.team from ClinicalCase c" + SCOPE + ")";

    @Inject
    Principal caller;

    @Inject
    CaseLastChange lastChange;

    @PersistenceContext
    EntityManager em;

    /** The case with patient, condition, team and clinician, in one statement. */
    public ClinicalCase get(long id) {
        return em.createQuery(
                        "select c from ClinicalCase c join fetch c.patient join fetch c.condition join fetch c.team"
                                + " join fetch c.clinician" + SCOPE,
                        ClinicalCase.class)
                .setParameter("id", id)
                .setParameter("caller", caller())
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> notFound(id));
    }

    /**
     * Checks that the caller may read the case, in one statement that reads nothing of it (for a question that needs
     * only the case's id, such as how many comments it has).
     */
    public void requireReadable(long id) {
        if (em.createQuery("select c.id from ClinicalCase c" + SCOPE, Long.class)
                .setParameter("id", id)
                .setParameter("caller", caller())
                .getResultList()
                .isEmpty()) {
            throw notFound(id);
        }
    }

    /**
     * The case as a page opens it, in one statement: patient, condition, team, the observations with their
     * instruments, the username and display name of the responsible clinician (not their account: no password hash
     * or roles are read), and the display name of whoever saved last (null when no account has that name).
     */
    public Opened open(long id) {
        List<Object[]> rows = em.createQuery(
                        "select c, clinician.username, clinician.displayName, editor.displayName"
                                + " from ClinicalCase c"
                                + " join fetch c.patient join fetch c.condition join fetch c.team"
                                + " join c.clinician clinician"
                                + " left join fetch c.observations o left join fetch o.instrument"
                                + " left join UserAccount editor on editor.username = c.updatedBy" + SCOPE,
                        Object[].class)
                .setParameter("id", id)
                .setParameter("caller", caller())
                .getResultList();
        if (rows.isEmpty()) {
            throw notFound(id);
        }
        Object[] row = rows.get(0);
        return new Opened(
                (ClinicalCase) row[0], new TeamMemberOption((String) row[1], (String) row[2]), (String) row[3]);
    }

    /** A case read by {@link #open}, with its responsible clinician's name and that of whoever saved it last. */
    public record Opened(ClinicalCase clinicalCase, TeamMemberOption clinician, String updatedByName) {}

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
            throw lastChange
                    .of(caseId)
                    .map(c -> conflict(c.by(), c.at()))
                    .orElseGet(() -> conflict("another user", Instant.now()));
        }
    }

    static void checkVersion(ClinicalCase clinicalCase, long expectedVersion) {
        if (clinicalCase.getVersion() != expectedVersion) {
            throw conflict(clinicalCase.getUpdatedBy(), clinicalCase.getUpdatedAt());
        }
    }

    static ConflictException conflict(String savedBy, Instant savedAt) {
        return new ConflictException(
                "This case was changed by " + savedBy + " at " + SAVED_AT.format(savedAt)
                        + " after you opened it. Your input is kept: review their change, then save again.",
                savedBy,
                savedAt);
    }

    String caller() {
        return caller.getName();
    }

    public static NotFoundException notFound(long id) {
        return new NotFoundException("Case " + id + " was not found.");
    }
}
