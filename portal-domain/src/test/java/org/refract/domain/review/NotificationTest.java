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
}
