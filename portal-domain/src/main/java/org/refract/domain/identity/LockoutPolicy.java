package org.refract.domain.identity;

import java.time.Duration;
import java.util.Objects;

/**
 * How many consecutive failed logins lock an account, and for how long.
 *
 * @param maxFailedAttempts failures that trigger the lock
 * @param lockDuration      how long the account stays locked
 */
public record LockoutPolicy(int maxFailedAttempts, Duration lockDuration) {

    /** Ten failures lock the account for fifteen minutes. */
    public static final LockoutPolicy STANDARD = new LockoutPolicy(10, Duration.ofMinutes(15));

    public LockoutPolicy {
        if (maxFailedAttempts < 1) {
            throw new IllegalArgumentException("At least one attempt must be allowed.");
        }
        Objects.requireNonNull(lockDuration, "Lock duration is required.");
    }
}
