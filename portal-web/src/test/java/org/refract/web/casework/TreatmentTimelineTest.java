package org.refract.web.casework;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.refract.domain.casework.TreatmentResponse;
import org.refract.service.casework.TreatmentLineRow;

class TreatmentTimelineTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 1, 1);

    @Test
    void barsArePlacedInPercentFromTheFirstStartToTodayForOngoingLines() {
        TreatmentTimeline timeline = new TreatmentTimeline(
                List.of(line(LocalDate.of(2024, 1, 1), LocalDate.of(2025, 1, 1)), line(LocalDate.of(2025, 1, 1), null)),
                TODAY);

        assertEquals(LocalDate.of(2024, 1, 1), timeline.getFrom());
        assertEquals(TODAY, timeline.getTo());
        TreatmentTimeline.Bar first = timeline.getBars().get(0);
        assertEquals(0.0, first.left());
        assertEquals(50.1, first.width(), 0.2);
        TreatmentTimeline.Bar second = timeline.getBars().get(1);
        assertEquals(50.1, second.left(), 0.2);
        assertEquals(49.9, second.width(), 0.2);
        assertEquals(
                List.of(2025, 2026),
                timeline.getTicks().stream().map(TreatmentTimeline.Tick::year).toList());
    }

    @Test
    void aOneDayCourseStillShows() {
        TreatmentTimeline timeline = new TreatmentTimeline(
                List.of(
                        line(LocalDate.of(2020, 1, 1), LocalDate.of(2025, 12, 31)),
                        line(LocalDate.of(2025, 12, 31), LocalDate.of(2025, 12, 31))),
                TODAY);
        TreatmentTimeline.Bar short1 = timeline.getBars().get(1);
        assertEquals(TreatmentTimeline.MIN_WIDTH, short1.width());
        assertTrue(short1.left() + short1.width() <= 100.0);
    }

    private static TreatmentLineRow line(LocalDate start, LocalDate end) {
        return TreatmentLineRows.line("X", null, start, end, TreatmentResponse.PARTIAL);
    }
}
