package org.refract.service.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    private static final Instant T0 = Instant.parse("2026-12-02T08:00:00Z");
    private static final String OWNER = "10.0.0.5";
    private static final String ATTACKER = "198.51.100.7";

    private final LoginThrottle throttle = new LoginThrottle();

    @Test
    void fiveFreeFailuresThenDoublingWaitsFromThatAddress() {
        fail("chair", ATTACKER, 5);
        assertTrue(throttle.waitUntil("chair", ATTACKER, T0).isEmpty(), "five failures are free");
        throttle.failed("chair", ATTACKER, T0);
        assertEquals(Optional.of(T0.plusSeconds(1)), throttle.waitUntil("chair", ATTACKER, T0));
        throttle.failed("chair", ATTACKER, T0.plusSeconds(1));
        assertEquals(Optional.of(T0.plusSeconds(3)), throttle.waitUntil("chair", ATTACKER, T0.plusSeconds(1)));
    }

    @Test
    void anAttemptWhileWaitingDoesNotExtendTheWait() {
        fail("chair", ATTACKER, 6);
        throttle.failed("chair", ATTACKER, T0.plusMillis(500));
        assertEquals(Optional.of(T0.plusSeconds(1)), throttle.waitUntil("chair", ATTACKER, T0.plusMillis(500)));
    }

    @Test
    void theWaitIsCapped() {
        Instant at = T0;
        for (int i = 0; i < 40; i++) {
            at = throttle.waitUntil("chair", ATTACKER, at).orElse(at);
            throttle.failed("chair", ATTACKER, at);
        }
        Duration wait =
                Duration.between(at, throttle.waitUntil("chair", ATTACKER, at).orElseThrow());
        assertEquals(LoginThrottle.PER_ACCOUNT_AND_ADDRESS.longest(), wait);
    }

    @Test
    void anAttackerCannotKeepTheOwnerOutFromAnAddressTheyUsedBefore() {
        throttle.succeeded("chair", OWNER, T0.minus(Duration.ofDays(3)));
        for (int i = 0; i < 200; i++) {
            throttle.failed("chair", "203.0.113." + (i % 250), T0);
        }
        assertTrue(throttle.accountWaitUntil("chair", T0).isPresent(), "a distributed attack slows new addresses");
        assertTrue(throttle.waitUntil("chair", OWNER, T0).isEmpty(), "the owner's own address is not slowed");
        Instant newPlace = throttle.waitUntil("chair", "192.0.2.99", T0).orElseThrow();
        assertFalse(
                newPlace.isAfter(T0.plus(LoginThrottle.PER_ACCOUNT.longest())), "a new place waits a minute at most");
    }

    @Test
    void manyUsernamesFromOneAddressSlowThatAddressButNotItsKnownUsers() {
        throttle.succeeded("colleague", ATTACKER, T0.minus(Duration.ofDays(1)));
        for (int i = 0; i <= LoginThrottle.PER_ADDRESS.free(); i++) {
            throttle.failed("user" + i, ATTACKER, T0);
        }
        assertTrue(throttle.waitUntil("someone.else", ATTACKER, T0).isPresent());
        assertTrue(throttle.waitUntil("someone.else", OWNER, T0).isEmpty(), "other addresses go on");
        assertTrue(
                throttle.waitUntil("colleague", ATTACKER, T0).isEmpty(),
                "who logged in from there before goes on: a shared hospital address keeps working");
    }

    @Test
    void unknownAndKnownUsernamesAreCountedAlikeAndCaseDoesNotMatter() {
        fail("No.Such.User", ATTACKER, 6);
        assertTrue(throttle.waitUntil("no.such.user", ATTACKER, T0).isPresent());
    }

    @Test
    void aSuccessAndAnAdministratorClearTheAccountsCounts() {
        fail("chair", ATTACKER, 6);
        throttle.succeeded("chair", ATTACKER, T0.plusSeconds(2));
        assertTrue(throttle.waitUntil("chair", ATTACKER, T0.plusSeconds(2)).isEmpty());
        fail("chair", ATTACKER, 6);
        throttle.clear("chair");
        assertTrue(throttle.waitUntil("chair", ATTACKER, T0).isEmpty());
    }

    @Test
    void failuresAreForgottenAnHourAfterTheLast() {
        fail("chair", ATTACKER, 5);
        Instant later = T0.plus(LoginThrottle.FAILURE_MEMORY);
        throttle.failed("chair", ATTACKER, later);
        assertTrue(throttle.waitUntil("chair", ATTACKER, later).isEmpty(), "the count started again");
    }

    @Test
    void parallelFailuresLoseNoCount() throws InterruptedException {
        for (int round = 0; round < 50; round++) {
            String address = "192.0.2." + round;
            ExecutorService pool = Executors.newFixedThreadPool(8);
            for (int i = 0; i < LoginThrottle.PER_ADDRESS.free() + 1; i++) {
                String username = "user" + i;
                pool.execute(() -> throttle.failed(username, address, T0));
            }
            pool.shutdown();
            assertTrue(pool.awaitTermination(10, TimeUnit.SECONDS));
            assertTrue(throttle.waitUntil("another", address, T0).isPresent(), "every failure counted");
        }
    }

    private void fail(String username, String address, int times) {
        for (int i = 0; i < times; i++) {
            throttle.failed(username, address, T0);
        }
    }
}
