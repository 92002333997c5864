package org.refract.service.casework;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Objects;
import org.hibernate.FlushMode;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.query.NativeQuery;
import org.refract.domain.casework.CaseView;

/**
 * Writes the view log ({@link CaseView}): one row per opening of a case, in exactly one statement. Persisting the
 * entity would fetch its id first (with a pooled sequence, a block before every 50th insert: a second statement on
 * one page request in fifty); here the database draws the id from {@code case_view_seq} inside the insert. Used by
 * the role-checked case services only, in their transaction.
 */
@Dependent
public class CaseViewLog {

    private static final String SEQUENCE = "case_view_seq";

    @PersistenceContext
    EntityManager em;

    /** Records that {@code username} opened the case now. The case must exist and be readable by the caller. */
    public void record(long caseId, String username, Instant at) {
        Objects.requireNonNull(username, "The user is required.");
        Objects.requireNonNull(at, "The time is required.");
        em.createNativeQuery("insert into case_view (id, case_id, username, viewed_at) values (" + nextId()
                        + ", :caseId, :username, :viewedAt)")
                .setParameter("caseId", caseId)
                .setParameter("username", username)
                .setParameter("viewedAt", at)
                .unwrap(NativeQuery.class)
                // Only case_view changes: cached catalogue entries and queries stay valid.
                .addSynchronizedEntityClass(CaseView.class)
                // Nothing pending can matter to this insert (the case's row was read, so it exists): without an
                // automatic flush Hibernate does not dirty-check the whole case just loaded (6 % of a case page).
                .setHibernateFlushMode(FlushMode.MANUAL)
                .executeUpdate();
    }

    private String nextId() {
        return em.getEntityManagerFactory()
                .unwrap(SessionFactoryImplementor.class)
                .getJdbcServices()
                .getDialect()
                .getSequenceSupport()
                .getSelectSequenceNextValString(SEQUENCE);
    }
}
