package org.refract.domain.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.refract.domain.review.ReviewFixtures.NOW;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.refract.domain.shared.InvalidInputException;

class NotificationTest {

    final ReviewFixtures f = new ReviewFixtures();

    @Test
    void markedReadOnceAndShortenedToItsColumn() {
        Notification n = new Notification(f.chair, NotificationKind.MENTION, "x".repeat(400), 1L, null, "r.pharm", NOW);
        assertEquals(Notification.TEXT_MAX, n.getText().length());
        assertTrue(n.getText().endsWith("…"));
        assertFalse(n.isRead());
        n.markRead(NOW);
        n.markRead(NOW.plusSeconds(60));
        assertEquals(Optional.of(NOW), n.getReadAt(), "the first reading counts");
    }

    @Test
    void emailGoesOnlyToAnAddressThatIsSwitchedOn() {
        NotificationPreference p = new NotificationPreference(f.pharmacist);
        assertTrue(p.deliveryAddress().isEmpty(), "off by default");
        p.change(" pharm@example.org ", false);
        assertTrue(p.deliveryAddress().isEmpty(), "kept, but not used");
        p.change("pharm@example.org", true);
        assertTrue(p.deliveryAddress().isEmpty(), "switched on, but not verified yet");
        p.startVerification("token-1", NOW);
        assertTrue(p.verify("token-1", NOW.plusSeconds(60)));
        assertEquals(Optional.of("pharm@example.org"), p.deliveryAddress());
        assertEquals(
                "email",
                assertThrows(InvalidInputException.class, () -> p.change("pharm at example", true))
                        .field());
        assertEquals(
                "email",
                assertThrows(InvalidInputException.class, () -> p.change("  ", true))
                        .field());
        assertEquals(Optional.of("pharm@example.org"), p.deliveryAddress(), "a refused change changes nothing");
    }

    @Test
    void anAddressIsVerifiedOnlyByItsLatestLinkWithinADayAndAgainOnceChanged() {
        NotificationPreference p = new NotificationPreference(f.pharmacist);
        p.change("pharm@example.org", true);
        assertTrue(p.needsVerification());
        p.startVerification("old", NOW);
        p.startVerification("new", NOW);
        assertFalse(p.verify("old", NOW), "replaced by a newer link");
        assertFalse(p.verify("new", NOW.plus(NotificationPreference.VERIFICATION_VALID)), "expired");
        p.startVerification("newer", NOW);
        assertTrue(p.verify("newer", NOW.plusSeconds(5)));
        assertFalse(p.verify("newer", NOW.plusSeconds(6)), "used once");
        assertTrue(p.isEmailVerified());

        p.change("other@example.org", true);
        assertTrue(p.deliveryAddress().isEmpty(), "a new address is proved again");
        p.change("pharm@example.org", true);
        assertTrue(p.needsVerification(), "also the one verified before");
        assertThrows(IllegalStateException.class, () -> {
            p.change(null, false);
            p.startVerification("x", NOW);
        });
    }
}
