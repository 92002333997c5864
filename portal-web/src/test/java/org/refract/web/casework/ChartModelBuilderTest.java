package org.refract.web.casework;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.refract.domain.casework.TreatmentResponse;
import org.refract.domain.catalog.ValueKind;
import org.refract.service.casework.ObservationRow;
import org.refract.service.casework.TreatmentLineRow;
import org.refract.service.catalog.InstrumentOption;
import org.refract.service.catalog.InstrumentOption.Member;

class ChartModelBuilderTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 10, 15);

    private static final InstrumentOption ACT = new InstrumentOption(
            "act",
            "Asthma Control Test",
            "ACT",
            "points",
            ValueKind.NUMBER,
            new BigDecimal("5"),
            new BigDecimal("25"),
            0,
            "5–25 points",
            true,
            "ACT",
            List.of(),
            List.of());
    private static final InstrumentOption EOS = new InstrumentOption(
            "blood-eos",
            "Blood eosinophil count",
            "Eosinophils",
            "cells/uL",
            ValueKind.NUMBER,
            BigDecimal.ZERO,
            new BigDecimal("5000"),
            0,
            "0–5000",
            null,
            "GINA",
            List.of(),
            List.of());
    private static final InstrumentOption MGFA = new InstrumentOption(
            "mgfa-class",
            "MGFA clinical classification",
            "MGFA class",
            "class",
            ValueKind.VALUE_SET,
            null,
            null,
            0,
            "I–V",
            false,
            "MGFA",
            List.of(
                    new Member("I", "I — ocular"),
                    new Member("IIa", "IIa — mild"),
                    new Member("IIIa", "IIIa"),
                    new Member("V", "V — intubation")),
            List.of());
    private static final InstrumentOption MUSK = new InstrumentOption(
            "musk-ab",
            "MuSK antibodies",
            "MuSK-Ab",
            "result",
            ValueKind.BINARY,
            BigDecimal.ZERO,
            BigDecimal.ONE,
            0,
            "0/1",
            null,
            "MG",
            List.of(new Member("0", "Negative"), new Member("1", "Positive (MuSK disease: weaker response)")),
            List.of());

    @Test
    void numbersOverTimeWithEpochDaysAndTheInstrumentsRange() {
        JsonObject chart = parse(ChartModelBuilder.of(
                        ACT,
                        List.of(
                                number("act", "18", LocalDate.of(2026, 9, 1)),
                                number("act", "14", LocalDate.of(2026, 6, 1)),
                                number("blood-eos", "300", LocalDate.of(2026, 6, 1))))
                .build());

        assertEquals("line", chart.getString("type"));
        JsonArray datasets = chart.getJsonObject("data").getJsonArray("datasets");
        assertEquals(1, datasets.size(), "only ACT, no treatments");
        JsonObject act = datasets.getJsonObject(0);
        assertEquals("ACT", act.getString("label"));
        JsonArray points = act.getJsonArray("data");
        assertEquals(2, points.size());
        assertEquals(
                LocalDate.of(2026, 6, 1).toEpochDay(),
                points.getJsonObject(0).getJsonNumber("x").longValue(),
                "sorted by date");
        assertEquals(14, points.getJsonObject(0).getInt("y"));
        JsonObject y = chart.getJsonObject("options").getJsonObject("scales").getJsonObject("y");
        assertEquals(5, y.getInt("min"));
        assertEquals(25, y.getInt("max"), "ACT's whole range: the values use most of it");
        assertEquals("ACT (points)", y.getJsonObject("title").getString("text"));
        JsonObject x = chart.getJsonObject("options").getJsonObject("scales").getJsonObject("x");
        assertEquals("linear", x.getString("type"));
        assertTrue(x.getJsonNumber("min").longValue() < LocalDate.of(2026, 6, 1).toEpochDay());
        assertTrue(x.getJsonNumber("max").longValue() > LocalDate.of(2026, 9, 1).toEpochDay());
        assertEquals("epochDay", chart.getJsonObject("refract").getString("xAxis"));
    }

    @Test
    void openEndedRangeEndsOnARoundNumberAboveTheData() {
        JsonObject chart = parse(ChartModelBuilder.of(EOS, List.of(number("blood-eos", "320", TODAY)))
                .build());
        JsonObject y = chart.getJsonObject("options").getJsonObject("scales").getJsonObject("y");
        assertEquals(0, y.getInt("min"));
        assertEquals(500, y.getInt("max"), "320 × 1.25 = 400 → 500, not the instrument's 5000");
        assertEquals("Eosinophils (cells/µL)", y.getJsonObject("title").getString("text"));
    }

    @Test
    void treatmentLinesBecomeBandsClippedToTheChartAndOngoingOnesRunToToday() {
        List<ObservationRow> rows =
                List.of(number("act", "12", LocalDate.of(2026, 1, 10)), number("act", "20", LocalDate.of(2026, 10, 1)));
        List<TreatmentLineRow> lines = List.of(
                line("High-dose ICS–LABA", LocalDate.of(2020, 1, 1), null),
                line("Mepolizumab", LocalDate.of(2026, 3, 1), LocalDate.of(2026, 8, 31)),
                line("Omalizumab", LocalDate.of(2018, 1, 1), LocalDate.of(2019, 1, 1)));

        JsonObject chart = parse(ChartModelBuilder.of(ACT, rows)
                .treatments(lines, TODAY)
                .texts("Date", "Treatment: ")
                .build());

        JsonArray datasets = chart.getJsonObject("data").getJsonArray("datasets");
        assertEquals(3, datasets.size(), "ACT and two bands; omalizumab ended before the chart begins");
        JsonObject x = chart.getJsonObject("options").getJsonObject("scales").getJsonObject("x");
        JsonObject ics = datasets.getJsonObject(1);
        assertEquals("Treatment: High-dose ICS–LABA", ics.getString("label"));
        assertTrue(ics.getBoolean("refractBand"));
        assertEquals("start", ics.getString("fill"));
        JsonArray band = ics.getJsonArray("data");
        assertEquals(
                x.getJsonNumber("min").longValue(),
                band.getJsonObject(0).getJsonNumber("x").longValue(),
                "clipped at the start of the axis");
        assertEquals(
                Math.min(TODAY.toEpochDay(), x.getJsonNumber("max").longValue()),
                band.getJsonObject(1).getJsonNumber("x").longValue(),
                "ongoing: until today, within the axis");
        assertEquals(25, band.getJsonObject(0).getInt("y"), "a band covers the whole height");
        JsonArray mepo = datasets.getJsonObject(2).getJsonArray("data");
        assertEquals(
                LocalDate.of(2026, 3, 1).toEpochDay(),
                mepo.getJsonObject(0).getJsonNumber("x").longValue());
        assertEquals(
                LocalDate.of(2026, 8, 31).toEpochDay(),
                mepo.getJsonObject(1).getJsonNumber("x").longValue());
        assertFalse(
                ics.getString("backgroundColor")
                        .equals(datasets.getJsonObject(2).getString("backgroundColor")),
                "neighbouring bands differ");
    }

    @Test
    void valueSetsArePlottedByOrdinalWithTheClassesOnTheAxis() {
        JsonObject chart = parse(ChartModelBuilder.of(
                        MGFA,
                        List.of(coded("IIIa", 2, LocalDate.of(2026, 2, 1)), coded("IIa", 1, LocalDate.of(2026, 8, 1))))
                .build());

        JsonArray points = chart.getJsonObject("data")
                .getJsonArray("datasets")
                .getJsonObject(0)
                .getJsonArray("data");
        assertEquals(2, points.getJsonObject(0).getInt("y"));
        assertEquals(1, points.getJsonObject(1).getInt("y"));
        JsonObject y = chart.getJsonObject("options").getJsonObject("scales").getJsonObject("y");
        assertEquals(-0.5, y.getJsonNumber("min").doubleValue());
        assertEquals(3.5, y.getJsonNumber("max").doubleValue());
        assertEquals(1, y.getJsonObject("ticks").getInt("stepSize"));
        assertEquals("MGFA class", y.getJsonObject("title").getString("text"), "no unit for classes");
        JsonObject labels = chart.getJsonObject("refract").getJsonObject("yLabels");
        assertEquals("I", labels.getString("0"));
        assertEquals("IIIa", labels.getString("2"));
        assertEquals("V", labels.getString("3"));
    }

    @Test
    void testResultsShowTheirShortLabels() {
        JsonObject chart = parse(ChartModelBuilder.of(MUSK, List.of(number("musk-ab", "1", TODAY)))
                .build());
        JsonObject labels = chart.getJsonObject("refract").getJsonObject("yLabels");
        assertEquals("Negative", labels.getString("0"));
        assertEquals("Positive", labels.getString("1"));
        assertEquals(
                1,
                chart.getJsonObject("data")
                        .getJsonArray("datasets")
                        .getJsonObject(0)
                        .getJsonArray("data")
                        .getJsonObject(0)
                        .getInt("y"));
    }

    @Test
    void aChartNeedsAtLeastOneMeasurementOfItsInstrument() {
        List<ObservationRow> onlyEos = List.of(number("blood-eos", "300", TODAY));
        assertThrows(IllegalArgumentException.class, () -> ChartModelBuilder.of(ACT, onlyEos));
    }

    @Test
    void niceCeilingRoundsUpToOneTwoOrFive() {
        assertEquals(new BigDecimal("500"), ChartModelBuilder.niceCeiling(new BigDecimal("400")));
        assertEquals(new BigDecimal("20"), ChartModelBuilder.niceCeiling(new BigDecimal("12.5")));
        assertEquals(new BigDecimal("1"), ChartModelBuilder.niceCeiling(new BigDecimal("1")));
        assertEquals(new BigDecimal("0.5"), ChartModelBuilder.niceCeiling(new BigDecimal("0.3")));
        assertEquals(BigDecimal.ONE, ChartModelBuilder.niceCeiling(BigDecimal.ZERO));
    }

    private static JsonObject parse(String json) {
        try (var reader = Json.createReader(new StringReader(json))) {
            return reader.readObject();
        }
    }

    private static ObservationRow number(String code, String value, LocalDate date) {
        return new ObservationRow(
                1,
                0,
                code,
                code,
                new BigDecimal(value),
                null,
                -1,
                value,
                "points",
                date,
                null,
                null,
                null,
                null,
                "resp.pulm",
                Instant.EPOCH,
                false);
    }

    private static ObservationRow coded(String code, int ordinal, LocalDate date) {
        return new ObservationRow(
                1,
                0,
                "mgfa-class",
                "MGFA",
                null,
                code,
                ordinal,
                code,
                "class",
                date,
                null,
                null,
                null,
                null,
                "neuro.neuro",
                Instant.EPOCH,
                false);
    }

    private static TreatmentLineRow line(String therapy, LocalDate start, LocalDate end) {
        return TreatmentLineRows.line(therapy, null, start, end, TreatmentResponse.NONE);
    }
}
