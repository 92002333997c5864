package org.refract.service.audit;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import org.jboss.logging.Logger;
import org.refract.domain.audit.SecurityEvent;
import org.refract.domain.audit.SecurityEventKind;
import org.refract.domain.identity.Role;
import org.refract.service.platform.PageOf;

/**
 * The security log: every login, failure, throttled attempt, logout, ended session, grant, password change and
 * export, written to the database (for the administrators' page) and to the {@code org.refract.security} log
 * category (for operations). Recording joins the caller's transaction, so a grant that is rolled back leaves no
 * event; without one (the authentication mechanism) it runs in its own.
 */
@Stateless
public class SecurityEventService {

    private static final Logger LOG = Logger.getLogger("org.refract.security");

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Resource
    SessionContext session;

    /**
     * Records an event. Open to everyone, the anonymous included: a failed login has no caller yet.
     *
     * @param username the account the event is about, if known
     * @param actor who acted on it, when someone else did (an administrator), else null
     * @param address the client address, when the event comes from a request
     * @param detail a short description without clinical text (what changed, which file)
     */
    @PermitAll
    public void record(SecurityEventKind kind, String username, String actor, String address, String detail) {
        SecurityEvent event = new SecurityEvent(kind, username, actor, address, detail, clock.instant());
        em.persist(event);
        LOG.infof(
                "%s user=%s actor=%s address=%s %s",
                kind,
                dash(event.getUsername()),
                dash(event.getActor()),
                dash(event.getAddress()),
                dash(event.getDetail()));
    }

    /**
     * Records that the caller took data out of the portal as a file (a FHIR bundle, an outcome letter, a CSV): the
     * one way every export is logged. {@code what} names the file's kind and subject, without clinical text.
     */
    @RolesAllowed({Role.CLINICIAN_NAME, Role.CHAIR_NAME, Role.ADMIN_NAME})
    public void exported(String what) {
        record(SecurityEventKind.EXPORT, session.getCallerPrincipal().getName(), null, null, what);
    }

    /** A page of events under the filters, newest first, paged and counted in the database. Administrators only. */
    @RolesAllowed(Role.ADMIN_NAME)
    public SecurityEventPage find(SecurityEventQuery query) {
        Map<String, Object> parameters = new HashMap<>();
        StringBuilder where = new StringBuilder(" where 1 = 1");
        if (query.kind() != null) {
            where.append(" and e.kind = :kind");
            parameters.put("kind", query.kind());
        }
        if (query.user() != null) {
            where.append(" and (e.username = :user or e.actor = :user)");
            parameters.put("user", query.user());
        }
        if (query.from() != null) {
            where.append(" and e.occurredAt >= :from");
            parameters.put("from", query.from());
        }
        if (query.to() != null) {
            where.append(" and e.occurredAt < :to");
            parameters.put("to", query.to());
        }
        TypedQuery<SecurityEventRow> rows = em.createQuery(
                "select new org.refract.service.audit.SecurityEventRow(e.id, e.kind, e.username, e.actor, e.address,"
                        + " e.detail, e.occurredAt) from SecurityEvent e" + where
                        + " order by e.occurredAt desc, e.id desc",
                SecurityEventRow.class);
        TypedQuery<Long> count = em.createQuery("select count(e) from SecurityEvent e" + where, Long.class);
        parameters.forEach((name, value) -> {
            rows.setParameter(name, value);
            count.setParameter(name, value);
        });
        return new SecurityEventPage(
                PageOf.rows(rows, query.first(), query.size()).getResultList(), count.getSingleResult());
    }

    private static String dash(String text) {
        return text == null ? "-" : text;
    }
}
