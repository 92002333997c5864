package org.refract.domain.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Retries wait longer each time, up to an hour, and stop after the last attempt; a sent mail is never due. */
class OutboxMailTest {

    private static final Instant NOW = Instant.parse("2026-12-02T10:00:00Z");

    @Test
    void eachAttemptDoublesTheWaitUpToAnHour() {
        OutboxMail mail = new OutboxMail("a@example.org", "s", "b", NOW);
        assertTrue(mail.isDue(NOW));
        Instant at = NOW;
        long[] minutes = {1, 2, 4, 8, 16, 32, 60, 60};
        for (long wait : minutes) {
            mail.startAttempt(at);
            assertEquals(at.plus(Duration.ofMinutes(wait)), mail.getNextAttemptAt());
            assertFalse(mail.isDue(at), "not again before the wait");
            at = mail.getNextAttemptAt();
        }
    }

    @Test
    void givenUpAfterTheLastAttemptAndNeverAgainOnceSent() {
        OutboxMail mail = new OutboxMail("a@example.org", "s", "b", NOW);
        Instant at = NOW;
        for (int i = 0; i < OutboxMail.MAX_ATTEMPTS; i++) {
            mail.startAttempt(at);
            at = mail.getNextAttemptAt();
        }
        assertFalse(mail.isDue(at.plus(Duration.ofDays(1))));
        assertThrows(IllegalStateException.class, () -> mail.startAttempt(NOW.plus(Duration.ofDays(30))));

        OutboxMail sent = new OutboxMail("a@example.org", "s", "b", NOW);
        sent.startAttempt(NOW);
        sent.failed("x".repeat(400));
        assertEquals(300, sent.getLastError().orElseThrow().length());
        sent.sent(NOW);
        assertFalse(sent.isDue(NOW.plus(Duration.ofDays(1))));
        assertTrue(sent.getLastError().isEmpty());
    }
}
