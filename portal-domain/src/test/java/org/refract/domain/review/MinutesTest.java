package org.refract.domain.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.refract.domain.review.ReviewFixtures.NOW;

import org.junit.jupiter.api.Test;
import org.refract.domain.shared.InvalidInputException;
import org.refract.domain.shared.InvalidStateException;

class MinutesTest {

    private final ReviewFixtures f = new ReviewFixtures();
    private final Meeting meeting = f.quorateMeetingWith(f.readyCase("P-1001"));
    private final AgendaItem item = meeting.getAgenda().get(0);

    @Test
    void minutesAreRewrittenWithWhoAndWhen() {
        item.recordMinutes("  Eosinophils discussed.  ", "r.nurse", NOW);
        assertEquals("Eosinophils discussed.", item.getNotes().orElseThrow());
        assertEquals("r.nurse", item.getNotesBy().orElseThrow());
        item.recordMinutes(" ", "r.chair", NOW.plusSeconds(60));
        assertTrue(item.getNotes().isEmpty(), "blank clears");
        assertEquals(NOW.plusSeconds(60), item.getNotesAt().orElseThrow());
    }

    @Test
    void minutesAreLimitedAndClosedWithTheMeeting() {
        assertThrows(InvalidInputException.class, () -> item.recordMinutes("x".repeat(4001), "r.nurse", NOW));
        meeting.close("r.chair", NOW);
        assertThrows(InvalidStateException.class, () -> item.recordMinutes("Late note", "r.nurse", NOW));
    }
}
