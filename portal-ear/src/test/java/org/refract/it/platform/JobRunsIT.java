package org.refract.it.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.refract.it.DatabaseSensitive;
import org.refract.it.Deployments;
import org.refract.service.platform.JobRuns;

/**
 * Work every server of a cluster would do is claimed in the transaction of the work: the claim goes when that
 * transaction rolls back (the work failed, or its server died and the database ended its connection), and the next
 * claim wins; a committed claim refuses every later one. ha/run checks the same on two real nodes.
 */
@ExtendWith(ArquillianExtension.class)
@DatabaseSensitive
class JobRunsIT {

    private static final LocalDate TODAY = LocalDate.now();

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.portalWithTests();
    }

    @EJB
    JobRuns jobRuns;

    @PersistenceContext
    EntityManager em;

    @Inject
    UserTransaction tx;

    @Resource(lookup = "java:comp/DefaultManagedExecutorService")
    ManagedExecutorService executor;

    @Test
    void aClaimThatRollsBackWithItsWorkLeavesTheJobToTheNextClaim() throws Exception {
        String scope = UUID.randomUUID().toString();

        assertTrue(claimIn(scope, false), "the first claim wins, but its work fails");
        assertTrue(claimIn(scope, true), "the claim went with the work: the next one wins");
        assertFalse(claimIn(scope, false), "a committed claim refuses the next");
        assertEquals(1L, claims(scope));
    }

    @Test
    void aClaimWaitingForAnotherServersWorkWinsWhenThatWorkDies() throws Exception {
        String scope = UUID.randomUUID().toString();
        CountDownLatch claimed = new CountDownLatch(1);
        Future<Boolean> dying = executor.submit(() -> {
            tx.begin();
            try {
                boolean won = jobRuns.claim("test-job", scope, TODAY);
                claimed.countDown();
                Thread.sleep(300); // the work, until its server dies
                return won;
            } finally {
                tx.rollback();
            }
        });
        assertTrue(claimed.await(30, TimeUnit.SECONDS));

        assertTrue(claimIn(scope, true), "the claim made meanwhile waits, then wins and does the work");
        assertTrue(dying.get(30, TimeUnit.SECONDS), "the first claim had been won");
        assertEquals(1L, claims(scope));
    }

    private boolean claimIn(String scope, boolean commit) throws Exception {
        tx.begin();
        boolean won = jobRuns.claim("test-job", scope, TODAY);
        if (commit && won) {
            tx.commit();
        } else {
            tx.rollback();
        }
        return won;
    }

    private long claims(String scope) {
        return em.createQuery("select count(j) from JobRun j where j.scope = :scope", Long.class)
                .setParameter("scope", scope)
                .getSingleResult();
    }
}
