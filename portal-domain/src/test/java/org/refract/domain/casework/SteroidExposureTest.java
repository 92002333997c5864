package org.refract.domain.casework;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.refract.domain.casework.SteroidExposure.Dose;

class SteroidExposureTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);

    @Test
    void maintenanceHoldsUntilTheNextDoseAndCoursesCountAsStandardBursts() {
        List<SteroidExposure> years = SteroidExposure.of(
                List.of(
                        new Dose(TODAY.minusYears(3), new BigDecimal("10")),
                        new Dose(TODAY.minusDays(99), BigDecimal.ZERO)),
                List.of(TODAY.minusDays(400), TODAY.minusDays(500), TODAY.minusDays(10)),
                TODAY,
                2);
        SteroidExposure last = years.get(0);
        assertEquals(TODAY.minusYears(1).plusDays(1), last.from());
        assertEquals(TODAY, last.to());
        // 10 mg/day from the first day of the period to the day before the dose went to 0
        long days = java.time.temporal.ChronoUnit.DAYS.between(last.from(), TODAY.minusDays(99));
        assertEquals(BigDecimal.valueOf(10 * days), last.maintenanceMg());
        assertEquals(1, last.courses());
        SteroidExposure before = years.get(1);
        assertEquals(new BigDecimal("3650"), before.maintenanceMg(), "a whole year at 10 mg/day");
        assertEquals(2, before.courses());
        assertEquals(new BigDecimal("4.1"), before.totalGrams(), "3650 mg + 2 x 200 mg");
        assertTrue(last.totalMg().compareTo(before.totalMg()) < 0, "steroid-sparing shows as a falling total");
    }

    @Test
    void nothingRecordedIsNoExposureShown() {
        assertTrue(SteroidExposure.of(List.of(), List.of(), TODAY, 2).isEmpty());
    }
}
