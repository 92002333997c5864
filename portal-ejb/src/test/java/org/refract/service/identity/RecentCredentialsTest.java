package org.refract.service.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class RecentCredentialsTest {

    private static final Instant T0 = Instant.parse("2026-11-23T08:00:00Z");
    private static final String HASH = "pbkdf2-sha256$600000$salt$hash";

    private final RecentCredentials credentials = new RecentCredentials();

    @Test
    void nothingIsRememberedAtFirst() {
        assertFalse(credentials.verifiedRecently("resp.pulm", "secret", HASH, T0));
    }

    @Test
    void theSameCredentialsAreRecognisedWithinTheTimeToLive() {
        credentials.remember("resp.pulm", "secret", HASH, T0);
        assertTrue(credentials.verifiedRecently("resp.pulm", "secret", HASH, T0.plusSeconds(59)));
    }

    @Test
    void aRememberedCheckExpires() {
        credentials.remember("resp.pulm", "secret", HASH, T0);
        assertFalse(credentials.verifiedRecently("resp.pulm", "secret", HASH, T0.plus(RecentCredentials.TIME_TO_LIVE)));
        assertEquals(0, credentials.size(), "an expired entry is dropped when met");
    }

    @Test
    void aDifferentPasswordIsNotRecognised() {
        credentials.remember("resp.pulm", "secret", HASH, T0);
        assertFalse(credentials.verifiedRecently("resp.pulm", "secret2", HASH, T0.plusSeconds(1)));
        assertFalse(credentials.verifiedRecently("resp.pulm", "", HASH, T0.plusSeconds(1)));
    }

    @Test
    void aChangedStoredHashInvalidatesTheCheck() {
        credentials.remember("resp.pulm", "secret", HASH, T0);
        assertFalse(
                credentials.verifiedRecently("resp.pulm", "secret", HASH + "x", T0.plusSeconds(1)),
                "a password change or reset replaces the stored hash");
    }

    @Test
    void anotherUserWithTheSamePasswordIsNotRecognised() {
        credentials.remember("resp.pulm", "secret", HASH, T0);
        assertFalse(credentials.verifiedRecently("resp.nurse", "secret", HASH, T0.plusSeconds(1)));
    }

    @Test
    void forgetRemovesTheEntry() {
        credentials.remember("resp.pulm", "secret", HASH, T0);
        credentials.forget("resp.pulm");
        assertFalse(credentials.verifiedRecently("resp.pulm", "secret", HASH, T0.plusSeconds(1)));
    }

    @Test
    void theMapStaysBounded() {
        for (int i = 0; i < RecentCredentials.MAX_ENTRIES + 5; i++) {
            credentials.remember("user" + i, "secret", HASH, T0);
        }
        assertTrue(credentials.size() <= RecentCredentials.MAX_ENTRIES);
    }
}
