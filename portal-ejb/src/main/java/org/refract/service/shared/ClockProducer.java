package org.refract.service.shared;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.Duration;

/** The one clock of the application, so that time-dependent rules can be tested with a fixed clock. */
@ApplicationScoped
public class ClockProducer {

    /** What PostgreSQL and H2 timestamps hold: a time read back equals the time that was written. */
    private static final Duration DATABASE_PRECISION = Duration.ofNanos(1_000);

    @Produces
    @ApplicationScoped
    Clock clock() {
        return Clock.tick(Clock.systemDefaultZone(), DATABASE_PRECISION);
    }
}
