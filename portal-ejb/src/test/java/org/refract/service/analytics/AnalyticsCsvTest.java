package org.refract.service.analytics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The CSV export of the analytics figures: small counts suppressed, fields quoted, no formulas. */
class AnalyticsCsvTest {

    private static final AnalyticsRequest REQUEST =
            new AnalyticsRequest("respiratory", null, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));

    @Test
    void countsUnderFiveAreShownAsLessThanFive() {
        assertEquals("<5", AnalyticsCsv.count(0));
        assertEquals("<5", AnalyticsCsv.count(4));
        assertEquals("5", AnalyticsCsv.count(5));
        assertEquals("123", AnalyticsCsv.count(123));
    }

    @Test
    void everyFigureIsExportedWithItsSuppressedCounts() {
        TeamAnalyticsDetail figures = new TeamAnalyticsDetail(
                REQUEST,
                List.of(
                        new StatusCountRow("severe-asthma", "Severe asthma", "DRAFT", 3),
                        new StatusCountRow("severe-asthma", "Severe asthma", "CLOSED", 17)),
                List.of(new CountRow("MET", "MET", 6), new CountRow("NOT_MET", "NOT_MET", 2)),
                List.of(new CountRow("adherence", "Adherence, poor", 9)),
                new DecisionTimeRow(4, 12.5, 3L, 30L),
                new MeetingActivityRow(8, 2),
                List.of(new CountRow("PARTIAL", "PARTIAL", 5), new CountRow("STOPPED", "STOPPED", 1)));

        String csv = AnalyticsCsv.of(figures);
        List<String> lines = List.of(csv.split("\r\n"));

        assertEquals("figure,group,item,value", lines.get(0));
        assertTrue(lines.contains("cases by status,Severe asthma,DRAFT,<5"), csv);
        assertTrue(lines.contains("cases by status,Severe asthma,CLOSED,17"), csv);
        assertTrue(lines.contains("refractory at decision,,MET,6"), csv);
        assertTrue(lines.contains("refractory at decision,,NOT_MET,<5"), csv);
        assertTrue(lines.contains("confirmed resistance factors,,\"Adherence, poor\",9"), csv);
        assertTrue(lines.contains("referral to decision,,decisions,<5"), csv);
        assertFalse(csv.contains("mean days"), "the times of fewer than five decisions are left out");
        assertTrue(lines.contains("meetings,,meetings held,8"), csv);
        assertTrue(lines.contains("meetings,,cases decided,<5"), csv);
        assertTrue(lines.contains("outcomes of switches,,PARTIAL,5"), csv);
        assertTrue(lines.contains("outcomes of switches,,STOPPED,<5"), csv);
        assertTrue(csv.endsWith("\r\n"));
    }

    @Test
    void aFieldThatASpreadsheetWouldRunIsNeutralised() {
        assertEquals("'=1+1", AnalyticsCsv.field("=1+1"));
        assertEquals("\"say \"\"hi\"\"\"", AnalyticsCsv.field("say \"hi\""));
    }
}
