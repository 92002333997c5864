package org.refract.domain.casework;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.refract.domain.casework.Fixtures.CLINICIAN;
import static org.refract.domain.casework.Fixtures.NOW;
import static org.refract.domain.casework.Fixtures.TODAY;
import static org.refract.domain.casework.Fixtures.asthmaCase;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.refract.domain.shared.InvalidInputException;

class ClinicalEventTest {

    private final ClinicalCase clinicalCase = asthmaCase();

    private ClinicalEvent record(EventType type, LocalDate on, EventDetails details) {
        return clinicalCase.recordEvent(type, on, details, null, CLINICIAN, NOW, TODAY);
    }

    private static EventDetails steroids(boolean given) {
        return new EventDetails(given, null, null, null, null, null, null);
    }

    private static EventDetails bleed(boolean treated) {
        return new EventDetails(null, null, null, "left knee", treated, null, null);
    }

    private static EventDetails seizures(int count) {
        return new EventDetails(null, null, null, null, null, "focal aware", count);
    }

    @Test
    void exacerbationsCountOverTwelveMonthsWithBothEdgesOfTheWindow() {
        record(EventType.EXACERBATION, TODAY, steroids(true));
        record(EventType.EXACERBATION, TODAY.minusMonths(12).plusDays(1), steroids(true));
        record(EventType.EXACERBATION, TODAY.minusMonths(12), steroids(true));
        record(EventType.EXACERBATION, TODAY.minusMonths(2), steroids(false));

        EventCounts.Derived count = only(EventCounts.of(clinicalCase.getEvents(), TODAY));

        assertEquals("exacerbations-12m", count.code());
        assertEquals(BigDecimal.valueOf(2), count.value());
        assertEquals(LocalDate.of(2025, 11, 23), count.from());
        assertEquals(TODAY, count.to());
        assertTrue(count.basis().contains("2 steroid-treated exacerbations from 2025-11-23 to 2026-11-22"));
    }

    @Test
    void eventsOnlyOutsideTheWindowGiveZeroNotNothing() {
        record(EventType.EXACERBATION, TODAY.minusYears(2), steroids(true));

        assertEquals(
                BigDecimal.ZERO,
                only(EventCounts.of(clinicalCase.getEvents(), TODAY)).value());
    }

    @Test
    void noEventsOfAKindDeriveNoCount() {
        record(EventType.INFUSION_REACTION, TODAY, EventDetails.none());

        assertEquals(List.of(), EventCounts.of(clinicalCase.getEvents(), TODAY));
    }

    @Test
    void annualisedBleedRateCountsTreatedBleeds() {
        record(EventType.BLEED, TODAY.minusDays(10), bleed(true));
        record(EventType.BLEED, TODAY.minusDays(5), bleed(false));
        record(EventType.BLEED, TODAY.minusMonths(12), bleed(true));

        EventCounts.Derived abr = only(EventCounts.of(clinicalCase.getEvents(), TODAY));
        assertEquals("abr", abr.code());
        assertEquals(BigDecimal.ONE, abr.value());
    }

    @Test
    void seizuresPerMonthIsTheMeanOfTheLastThreeMonthsWithTheCountOfEachDay() {
        record(EventType.SEIZURE, TODAY.minusMonths(3).plusDays(1), seizures(4));
        record(EventType.SEIZURE, TODAY.minusDays(1), EventDetails.none());
        record(EventType.SEIZURE, TODAY.minusMonths(3), seizures(9));

        EventCounts.Derived rate = only(EventCounts.of(clinicalCase.getEvents(), TODAY));
        assertEquals("seizures-per-month", rate.code());
        assertEquals(new BigDecimal("1.7"), rate.value());
        assertEquals(5, rate.events());
    }

    @Test
    void refusesAFutureDateAndADetailOfAnotherKindAndStoresNothing() {
        InvalidInputException future = assertThrows(
                InvalidInputException.class, () -> record(EventType.EXACERBATION, TODAY.plusDays(1), steroids(true)));
        assertEquals("date", future.field());
        InvalidInputException site =
                assertThrows(InvalidInputException.class, () -> record(EventType.EXACERBATION, TODAY, bleed(true)));
        assertEquals("site", site.field());
        InvalidInputException count =
                assertThrows(InvalidInputException.class, () -> record(EventType.SEIZURE, TODAY, seizures(0)));
        assertEquals("count", count.field());
        assertEquals(List.of(), clinicalCase.getEvents());
    }

    private static EventCounts.Derived only(List<EventCounts.Derived> counts) {
        assertEquals(1, counts.size(), counts.toString());
        return counts.get(0);
    }
}
