package org.refract.service.identity;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Caps how many password hashes (600,000 PBKDF2 iterations, about a CPU-second each) logins compute at once, so
 * that a flood of login attempts queues for the processors instead of starving every other request. An attempt
 * that cannot get a turn within {@link #MAX_QUEUE_WAIT} is turned away unchecked, like a throttled one. The cap is
 * the number of processors unless {@link #PROPERTY} says otherwise.
 */
final class HashingGate {

    static final String PROPERTY = "refract.login.max-concurrent-hashes";
    static final Duration MAX_QUEUE_WAIT = Duration.ofSeconds(10);

    private final Semaphore turns;

    HashingGate(int permits) {
        this.turns = new Semaphore(Math.max(1, permits), true);
    }

    static HashingGate configured() {
        return new HashingGate(Integer.getInteger(PROPERTY, Runtime.getRuntime().availableProcessors()));
    }

    /**
     * Runs the hashing work in a turn, waiting at most {@code maxWait} for one: {@link #MAX_QUEUE_WAIT} for a login,
     * zero (only if a turn is free now) for a renewal.
     *
     * @return the work's answer, or empty when no turn came in time
     */
    <T> Optional<T> inTurn(Duration maxWait, Supplier<T> work) {
        try {
            if (!turns.tryAcquire(maxWait.toMillis(), TimeUnit.MILLISECONDS)) {
                return Optional.empty();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
        try {
            return Optional.of(work.get());
        } finally {
            turns.release();
        }
    }

    int available() {
        return turns.availablePermits();
    }
}
