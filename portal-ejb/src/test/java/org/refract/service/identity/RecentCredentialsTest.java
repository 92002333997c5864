package org.refract.service.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class RecentCredentialsTest {

    private static final Instant T0 = Instant.parse("2026-11-23T08:00:00Z");
    private static final String HASH = "pbkdf2-sha256$600000$salt$hash";
    private static final long STAMP = 3;
    private static final Duration WAIT = Duration.ofSeconds(10);

    private final RecentCredentials credentials = new RecentCredentials();

    @Test
    void nothingIsRememberedAtFirst() {
        assertFalse(credentials.verifiedRecently("resp.pulm", "secret", HASH, STAMP, T0));
    }

    @Test
    void theSameCredentialsAreRecognisedWithinTheTimeToLive() {
        credentials.remember("resp.pulm", "secret", HASH, STAMP, T0);
        assertTrue(credentials.verifiedRecently("resp.pulm", "secret", HASH, STAMP, T0.plusSeconds(59)));
    }

    @Test
    void aRememberedCheckExpires() {
        credentials.remember("resp.pulm", "secret", HASH, STAMP, T0);
        assertFalse(credentials.verifiedRecently(
                "resp.pulm", "secret", HASH, STAMP, T0.plus(RecentCredentials.TIME_TO_LIVE)));
        assertEquals(0, credentials.size(), "an expired entry is dropped when met");
    }

    @Test
    void aRenewalIsDueInTheLastSecondsOfTheTimeToLive() {
        assertFalse(credentials.refreshDue("resp.pulm", T0), "nothing to renew");
        credentials.remember("resp.pulm", "secret", HASH, STAMP, T0);
        Instant renewFrom = T0.plus(RecentCredentials.TIME_TO_LIVE).minus(RecentCredentials.REFRESH_AHEAD);
        assertFalse(credentials.refreshDue("resp.pulm", renewFrom.minusMillis(1)));
        assertTrue(credentials.refreshDue("resp.pulm", renewFrom));
        assertTrue(
                credentials.verifiedRecently("resp.pulm", "secret", HASH, STAMP, renewFrom), "still valid meanwhile");
        credentials.remember("resp.pulm", "secret", HASH, STAMP, renewFrom);
        assertFalse(credentials.refreshDue("resp.pulm", renewFrom.plusSeconds(1)), "renewed");
        assertTrue(credentials.verifiedRecently(
                "resp.pulm",
                "secret",
                HASH,
                STAMP,
                T0.plus(RecentCredentials.TIME_TO_LIVE).plusSeconds(1)));
    }

    @Test
    void aRenewalDoesNotWaitForOneUnderWay() throws Exception {
        CountDownLatch hashing = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            Future<Optional<String>> first = pool.submit(() -> credentials.once("resp.pulm", "secret", WAIT, () -> {
                hashing.countDown();
                await(release);
                return "renewed";
            }));
            hashing.await();
            long start = System.nanoTime();
            assertEquals(
                    Optional.empty(),
                    credentials.once("resp.pulm", "secret", Duration.ZERO, () -> "renewed twice"),
                    "the second request goes on with the entry it has");
            assertTrue(Duration.ofNanos(System.nanoTime() - start).compareTo(Duration.ofSeconds(1)) < 0);
            release.countDown();
            assertEquals(Optional.of("renewed"), first.get());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aDifferentPasswordIsNotRecognised() {
        credentials.remember("resp.pulm", "secret", HASH, STAMP, T0);
        assertFalse(credentials.verifiedRecently("resp.pulm", "secret2", HASH, STAMP, T0.plusSeconds(1)));
        assertFalse(credentials.verifiedRecently("resp.pulm", "", HASH, STAMP, T0.plusSeconds(1)));
    }

    @Test
    void aChangedStoredHashInvalidatesTheCheck() {
        credentials.remember("resp.pulm", "secret", HASH, STAMP, T0);
        assertFalse(
                credentials.verifiedRecently("resp.pulm", "secret", HASH + "x", STAMP, T0.plusSeconds(1)),
                "a password change or reset replaces the stored hash");
    }

    @Test
    void aNewSecurityStampInvalidatesTheCheck() {
        credentials.remember("resp.pulm", "secret", HASH, STAMP, T0);
        assertFalse(
                credentials.verifiedRecently("resp.pulm", "secret", HASH, STAMP + 1, T0.plusSeconds(1)),
                "ending the account's sessions, or changing its roles or teams, moves the stamp on");
    }

    @Test
    void concurrentChecksOfTheSameCredentialsHashOnce() throws Exception {
        CountDownLatch hashing = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger hashes = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<Optional<String>> first = pool.submit(() -> credentials.once("resp.pulm", "secret", WAIT, () -> {
                hashes.incrementAndGet();
                hashing.countDown();
                await(release);
                return "verified";
            }));
            hashing.await();
            Future<Optional<String>> second = pool.submit(() -> credentials.once("resp.pulm", "secret", WAIT, () -> {
                hashes.incrementAndGet();
                return "verified again";
            }));
            Thread.sleep(100);
            assertFalse(second.isDone(), "the second check waits for the first");
            release.countDown();
            assertEquals(Optional.of("verified"), first.get());
            assertEquals(Optional.empty(), second.get(), "the second is told to look at the remembered checks again");
            assertEquals(1, hashes.get());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void checksOfOtherCredentialsDoNotWait() {
        assertEquals(
                Optional.of("a"),
                credentials.once(
                        "resp.pulm",
                        "secret",
                        WAIT,
                        () -> credentials
                                .once("resp.pulm", "guess", WAIT, () -> "a")
                                .orElseThrow()));
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void anotherUserWithTheSamePasswordIsNotRecognised() {
        credentials.remember("resp.pulm", "secret", HASH, STAMP, T0);
        assertFalse(credentials.verifiedRecently("resp.nurse", "secret", HASH, STAMP, T0.plusSeconds(1)));
    }

    @Test
    void forgetRemovesTheEntry() {
        credentials.remember("resp.pulm", "secret", HASH, STAMP, T0);
        credentials.forget("resp.pulm");
        assertFalse(credentials.verifiedRecently("resp.pulm", "secret", HASH, STAMP, T0.plusSeconds(1)));
    }

    @Test
    void theMapStaysBounded() {
        for (int i = 0; i < RecentCredentials.MAX_ENTRIES + 5; i++) {
            credentials.remember("user" + i, "secret", HASH, STAMP, T0);
        }
        assertTrue(credentials.size() <= RecentCredentials.MAX_ENTRIES);
    }
}
