package org.refract.service.outcome;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.time.Clock;
import java.time.LocalDate;
import org.jboss.logging.Logger;
import org.refract.domain.identity.Role;
import org.refract.domain.platform.JobRun;

/**
 * Claims of scheduled work in the database, so that a job every server of a cluster runs is done by one of them:
 * the claim is written and committed on its own, and the unique key on job, scope and day refuses every later one
 * (a concurrent claim waits for the first to commit, then fails on the key).
 */
@Stateless
@RolesAllowed(Role.ADMIN_NAME)
public class JobRuns {

    private static final Logger LOG = Logger.getLogger(JobRuns.class);

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    /** Whether this server won the claim of {@code job} for {@code scope} on {@code day}. */
    @RolesAllowed(Role.ADMIN_NAME)
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean claim(String job, String scope, LocalDate day) {
        try {
            em.persist(new JobRun(job, scope, day, node(), clock.instant()));
            em.flush();
            return true;
        } catch (PersistenceException taken) {
            LOG.debugf("JOB_CLAIM_TAKEN job=%s scope=%s day=%s", job, scope, day);
            em.clear();
            return false;
        }
    }

    private static String node() {
        return System.getProperty("jboss.node.name", "node");
    }
}
