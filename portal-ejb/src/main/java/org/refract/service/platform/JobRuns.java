package org.refract.service.platform;

import jakarta.annotation.security.PermitAll;
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
import org.refract.domain.platform.JobRun;

/**
 * Claims of work that every server of a cluster would otherwise do (a scheduled job, the demo data, the first
 * administrator), so that exactly one of them does it. The claim is a {@code job_run} row written in the transaction
 * of the work itself: the unique key on job, scope and day makes a concurrent claim wait for that transaction; when
 * it commits, the later claim is refused; when it rolls back (the work failed, or its server died before the commit
 * and the database ended its connection), the claim goes with it and the next claim wins. So the work is done once,
 * and never lost to a server that died while doing it.
 * <p>
 * Open to every caller ({@code @PermitAll}): claims are made by the servers' own start-up and timer code under
 * whatever identity it runs with; the bean reads and writes nothing but {@code job_run}, and no page or API path
 * reaches it.
 */
@Stateless
@PermitAll
public class JobRuns {

    private static final Logger LOG = Logger.getLogger(JobRuns.class);

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    /**
     * Whether this server won the claim of {@code job} for {@code scope} on {@code day}, in the caller's transaction.
     * When it did not, the transaction is marked for rollback: the caller must do nothing more in it and return.
     */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public boolean claim(String job, String scope, LocalDate day) {
        try {
            em.persist(new JobRun(job, scope, day, node(), clock.instant()));
            em.flush();
            return true;
        } catch (PersistenceException taken) {
            LOG.debugf("JOB_CLAIM_TAKEN job=%s scope=%s day=%s", job, scope, day);
            return false;
        }
    }

    /** This server's name in its claims ({@code -Djboss.node.name}; every node of a cluster needs its own). */
    public static String node() {
        return System.getProperty("jboss.node.name", "node");
    }
}
