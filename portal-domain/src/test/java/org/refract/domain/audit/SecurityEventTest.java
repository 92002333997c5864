package org.refract.domain.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class SecurityEventTest {

    private static final Instant AT = Instant.parse("2026-03-02T09:00:00Z");

    @Test
    void aTypedUsernameCannotForgeALineOrOverflowItsColumn() {
        SecurityEvent event = new SecurityEvent(
                SecurityEventKind.LOGIN_FAILED, "eve\nLOGIN user=admin" + "x".repeat(100), null, "10.0.0.1", null, AT);
        assertEquals(64, event.getUsername().length());
        assertEquals("eve?LOGIN user=admin", event.getUsername().substring(0, 20));
        assertNull(event.getActor());
    }

    @Test
    void kindAndTimeAreRequired() {
        assertThrows(NullPointerException.class, () -> new SecurityEvent(null, "a", null, null, null, AT));
        assertThrows(
                NullPointerException.class,
                () -> new SecurityEvent(SecurityEventKind.LOGIN, "a", null, null, null, null));
    }
}
