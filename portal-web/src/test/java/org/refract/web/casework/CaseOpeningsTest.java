package org.refract.web.casework;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class CaseOpeningsTest {

    private static final Instant NINE = Instant.parse("2026-12-03T09:00:00Z");

    private final CaseOpenings openings = new CaseOpenings();

    @Test
    void theFirstCaseOfASessionBeginsAnOpening() {
        assertFalse(openings.continues(7, NINE));
    }

    @Test
    void tabsAndReloadsOfTheSameCaseContinueItsOpening() {
        openings.shown(7, NINE);

        assertTrue(openings.continues(7, NINE.plusSeconds(5)));
        openings.shown(7, NINE.plusSeconds(5));
        assertTrue(
                openings.continues(7, NINE.plus(CaseOpenings.PAUSE).plusSeconds(5)),
                "the pause counts from the last tab");
    }

    @Test
    void anotherCaseInBetweenOrALongPauseBeginsANewOpening() {
        openings.shown(7, NINE);
        openings.shown(8, NINE.plusSeconds(10));

        assertFalse(openings.continues(7, NINE.plusSeconds(20)), "after another case");
        assertFalse(
                openings.continues(
                        8, NINE.plusSeconds(10).plus(CaseOpenings.PAUSE).plusSeconds(1)),
                "after a pause");
    }
}
