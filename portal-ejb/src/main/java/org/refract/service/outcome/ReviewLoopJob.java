package org.refract.service.outcome;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import org.jboss.logging.Logger;
import org.refract.domain.identity.Role;

/**
 * The daily timer of the review loop. Every server of a cluster has it (not persistent, so no shared timer store is
 * needed); per team, the database claim lets one of them do the day's work, each team in a transaction of its own,
 * so one team's failure holds up no other. The timer runs as the system (administrator role), not as a person.
 */
@Singleton
@RunAs(Role.ADMIN_NAME)
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ReviewLoopJob {

    private static final Logger LOG = Logger.getLogger(ReviewLoopJob.class);

    @EJB
    ReviewLoop loop;

    @Inject
    Clock clock;

    /** Early every morning, before the clinics; again at noon for a server that was down in the morning. */
    @Schedule(hour = "6,12", minute = "15", persistent = false, info = ReviewLoop.JOB)
    @PermitAll
    public void daily() {
        LocalDate today = LocalDate.now(clock);
        for (long team : loop.teams()) {
            try {
                LoopRun run = loop.runTeam(team, today);
                if (run.claimed()) {
                    LOG.infof(
                            "REVIEW_LOOP team=%d day=%s calls=%d",
                            team, today, run.raised().size());
                }
            } catch (RuntimeException e) {
                LOG.errorf(e, "REVIEW_LOOP_FAILED team=%d day=%s", team, today);
            }
        }
    }
}
