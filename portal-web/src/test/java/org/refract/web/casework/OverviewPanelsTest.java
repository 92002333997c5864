package org.refract.web.casework;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.refract.domain.casework.SteroidExposure;
import org.refract.domain.catalog.Severity;
import org.refract.service.casework.ObservationRow;
import org.refract.service.casework.TreatmentLineRow;
import org.refract.web.casework.CaseOverview.LatestValue;
import org.refract.web.shared.Messages;

class OverviewPanelsTest {

    private static final OverviewPanels.Texts TEXTS = (key, arguments) -> Messages.text(Locale.UK, key, arguments);

    @Test
    void writesTheTilesAndTherapiesAsThePageDid() {
        String html = OverviewPanels.markup(
                List.of(
                        new LatestValue("ACT", observation("14", "points", "Not well controlled", Severity.WARNING)),
                        new LatestValue("Eos", observation("300", "cells/uL", null, null))),
                List.of(therapy("High-dose ICS–LABA", "500/50 µg bd"), therapy("Montelukast", null)),
                List.of(),
                new CaseFormat(),
                TEXTS);
        assertEquals(
                "<section class=\"panel\" aria-labelledby=\"latest-heading\"><h2 id=\"latest-heading\">Latest measurements</h2>"
                        + "<ul class=\"tiles\" id=\"latest-tiles\">"
                        + "<li class=\"tile\"><span class=\"tile-name\">ACT</span>"
                        + "<span class=\"tile-value\">14 <small>points</small></span>"
                        + "<span class=\"chip chip-warn\"><i class=\"pi pi-exclamation-triangle\" aria-hidden=\"true\"></i>"
                        + " Not well controlled</span><span class=\"tile-date\">2026-11-02</span></li>"
                        + "<li class=\"tile\"><span class=\"tile-name\">Eos</span>"
                        + "<span class=\"tile-value\">300 <small>cells/µL</small></span>"
                        + "<span class=\"tile-date\">2026-11-02</span></li></ul></section>"
                        + "<section class=\"panel\" aria-labelledby=\"current-heading\"><h2 id=\"current-heading\">Current therapies</h2>"
                        + "<ul class=\"plain-list\" id=\"current-therapies\">"
                        + "<li><strong>High-dose ICS–LABA</strong> · 500/50 µg bd<span class=\"muted\"> · since 2025-03-01</span></li>"
                        + "<li><strong>Montelukast</strong><span class=\"muted\"> · since 2025-03-01</span></li></ul></section>",
                html);
    }

    @Test
    void saysWhenThereIsNothingYetAndEscapesTheTexts() {
        String html = OverviewPanels.markup(
                List.of(new LatestValue("<b>", observation("a & b", null, "\"high\"", Severity.DANGER))),
                List.of(),
                List.of(),
                new CaseFormat(),
                TEXTS);
        assertTrue(html.contains("<span class=\"tile-name\">&lt;b&gt;</span>"), html);
        assertTrue(html.contains("<span class=\"tile-value\">a &amp; b <small></small></span>"), html);
        assertTrue(html.contains("pi-times-circle\" aria-hidden=\"true\"></i> &quot;high&quot;</span>"), html);
        assertTrue(html.contains("<p class=\"empty-state\">No ongoing therapy recorded.</p>"), html);
        assertTrue(!html.contains("steroid-exposure"), "no exposure table without exposure");
    }

    @Test
    void writesTheSteroidExposureTableWhereTheCaseRecordsAny() {
        String html = OverviewPanels.markup(
                List.of(),
                List.of(),
                List.of(new SteroidExposure(
                        LocalDate.of(2025, 12, 3), LocalDate.of(2026, 12, 2), new BigDecimal("1825"), 2)),
                new CaseFormat(),
                TEXTS);
        assertTrue(html.contains("<p class=\"empty-state\">No measurements yet.</p>"), html);
        assertTrue(
                html.contains("<table class=\"data-table\" id=\"steroid-exposure\">"
                        + "<caption class=\"sr-only\">Oral corticosteroid exposure</caption>"),
                html);
        assertTrue(
                html.contains("<tr><td class=\"nowrap\">2025-12-03 – 2026-12-02</td>"
                        + "<td class=\"nowrap\"><strong>2.2 g</strong></td>"
                        + "<td>1,825 mg maintenance + 2 courses (200 mg each)</td></tr>"),
                html);
    }

    private static ObservationRow observation(String display, String unit, String interpretation, Severity severity) {
        return new ObservationRow(
                1,
                0,
                "act",
                "Asthma Control Test",
                null,
                null,
                -1,
                display,
                unit,
                LocalDate.of(2026, 11, 2),
                null,
                interpretation,
                severity,
                null,
                "resp.pulm",
                Instant.EPOCH,
                false);
    }

    private static TreatmentLineRow therapy(String name, String dose) {
        return TreatmentLineRows.line(name, dose, LocalDate.of(2025, 3, 1), null, null);
    }
}
