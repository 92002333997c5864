package org.refract.service.platform;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javax.management.JMException;
import javax.management.ObjectName;
import org.jboss.logging.Logger;

/**
 * Runs work that the portal wants soon after a start but that must not hold the start up: warming the FHIR validator,
 * rebuilding a stale search index. On a server that is still booting it waits until the boot, deployments included,
 * is over, so that the work does not take the processors from the deployment (on two cores the validator's warm-up
 * alone is about 12 s of CPU, a rebuild of 100,000 cases minutes); on a running server (a redeployment) it starts at
 * once.
 * <p>
 * "Booting" is WildFly's server state ({@code jboss.as:management-root=server}, {@code serverState} "starting"); on a
 * server without that state the work starts at once, and after {@link #LONGEST_WAIT} it starts whatever the state.
 */
@ApplicationScoped
public class AfterStart {

    private static final Logger LOG = Logger.getLogger(AfterStart.class);

    static final Duration POLL = Duration.ofMillis(250);
    static final Duration LONGEST_WAIT = Duration.ofMinutes(5);

    @Resource
    ManagedScheduledExecutorService scheduler;

    /**
     * Runs {@code work} on a managed thread once the server has started; the answer completes with it (exceptionally
     * when it fails; the failure is logged with {@code what}).
     */
    public CompletableFuture<Void> run(String what, Runnable work) {
        CompletableFuture<Void> done = new CompletableFuture<>();
        long deadline = System.nanoTime() + LONGEST_WAIT.toNanos();
        whenStarted(AfterStart::serverStarted, deadline, () -> {
            try {
                work.run();
                done.complete(null);
            } catch (RuntimeException | Error e) {
                LOG.warnf(e, "%s failed after the start", what);
                done.completeExceptionally(e);
            }
        });
        return done;
    }

    private void whenStarted(BooleanSupplier started, long deadline, Runnable work) {
        if (started.getAsBoolean() || System.nanoTime() - deadline >= 0) {
            scheduler.execute(work);
        } else {
            scheduler.schedule(() -> whenStarted(started, deadline, work), POLL.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    /** False while WildFly is booting; true once it runs (or when it does not say). */
    static boolean serverStarted() {
        try {
            Object state = ManagementFactory.getPlatformMBeanServer()
                    .getAttribute(new ObjectName("jboss.as:management-root=server"), "serverState");
            return isStarted(state == null ? null : state.toString());
        } catch (JMException | RuntimeException e) {
            return true;
        }
    }

    /** WildFly's server states: "starting" while booting, then "running" (or "reload-required" and the like). */
    static boolean isStarted(String serverState) {
        return !"starting".equalsIgnoreCase(serverState);
    }
}
