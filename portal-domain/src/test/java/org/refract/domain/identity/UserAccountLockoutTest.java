package org.refract.domain.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class UserAccountLockoutTest {

    private static final LockoutPolicy POLICY = LockoutPolicy.STANDARD;
    private static final Instant T0 = Instant.parse("2026-11-22T09:00:00Z");

    private final UserAccount user =
            new UserAccount("c.test", "Dr Test", Discipline.PULMONOLOGIST, "hash", EnumSet.of(Role.CLINICIAN));

    @Test
    void nineFailuresDoNotLock() {
        fail(9, T0);
        assertFalse(user.isLockedAt(T0));
        assertTrue(user.canLogInAt(T0));
        assertEquals(9, user.getFailedLogins());
    }

    @Test
    void tenthFailureLocksForFifteenMinutes() {
        fail(10, T0);
        assertTrue(user.isLockedAt(T0));
        assertEquals(T0.plus(Duration.ofMinutes(15)), user.getLockedUntil());
        assertTrue(user.isLockedAt(T0.plus(Duration.ofMinutes(15)).minusMillis(1)));
        assertFalse(user.isLockedAt(T0.plus(Duration.ofMinutes(15))), "the lock ends after exactly 15 minutes");
    }

    @Test
    void failuresWhileLockedDoNotExtendTheLock() {
        fail(10, T0);
        Instant until = user.getLockedUntil();
        fail(5, T0.plus(Duration.ofMinutes(5)));
        assertEquals(until, user.getLockedUntil());
    }

    @Test
    void countRestartsAfterTheLockRunsOut() {
        fail(10, T0);
        Instant later = T0.plus(Duration.ofMinutes(16));
        user.recordFailedLogin(later, POLICY);
        assertFalse(user.isLockedAt(later));
        assertEquals(1, user.getFailedLogins());
    }

    @Test
    void successResetsTheCount() {
        fail(9, T0);
        user.recordSuccessfulLogin(T0);
        assertEquals(0, user.getFailedLogins());
        fail(9, T0);
        assertFalse(user.isLockedAt(T0), "nine more failures after a success still do not lock");
    }

    @Test
    void unlockLiftsTheLock() {
        fail(10, T0);
        user.unlock();
        assertFalse(user.isLockedAt(T0));
        assertNull(user.getLockedUntil());
    }

    @Test
    void inactiveAccountCannotLogIn() {
        user.deactivate();
        assertFalse(user.canLogInAt(T0));
    }

    @Test
    void chairIsAlsoAClinician() {
        UserAccount chair =
                new UserAccount("Chair.X", "Dr Chair", Discipline.NEUROLOGIST, "hash", EnumSet.of(Role.CHAIR));
        assertTrue(chair.hasRole(Role.CLINICIAN));
        assertEquals(Role.CHAIR, chair.primaryRole());
        assertEquals("chair.x", chair.getUsername(), "usernames are stored in lower case");
    }

    private void fail(int times, Instant at) {
        for (int i = 0; i < times; i++) {
            user.recordFailedLogin(at, POLICY);
        }
    }
}
