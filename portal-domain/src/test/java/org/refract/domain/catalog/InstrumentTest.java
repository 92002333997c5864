package org.refract.domain.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.refract.domain.shared.InvalidInputException;

class InstrumentTest {

    private static final Condition ASTHMA = new Condition("severe-asthma", "Severe asthma", 1);
    private static final Condition MG = new Condition("myasthenia-gravis", "Myasthenia gravis", 2);

    static Instrument act() {
        return Instrument.numeric(
                "act",
                "Asthma Control Test",
                "points",
                BigDecimal.valueOf(5),
                BigDecimal.valueOf(25),
                0,
                List.of(
                        band(null, false, 15, true, "Very poorly controlled", Severity.DANGER),
                        band(15, false, 19, true, "Not well controlled", Severity.WARNING),
                        band(20, true, null, false, "Well controlled", Severity.NORMAL)),
                Set.of(ASTHMA));
    }

    static Instrument acq() {
        return Instrument.numeric(
                "acq",
                "Asthma Control Questionnaire",
                "points",
                BigDecimal.ZERO,
                BigDecimal.valueOf(6),
                2,
                List.of(
                        new InterpretationBand(
                                null,
                                false,
                                new BigDecimal("0.75"),
                                false,
                                "Well controlled",
                                Severity.NORMAL,
                                "Juniper"),
                        new InterpretationBand(
                                new BigDecimal("1.5"), true, null, false, "Uncontrolled", Severity.WARNING, "Juniper")),
                Set.of(ASTHMA));
    }

    static Instrument eos() {
        return Instrument.numeric(
                "blood-eos",
                "Blood eosinophils",
                "cells/uL",
                BigDecimal.ZERO,
                BigDecimal.valueOf(5000),
                0,
                List.of(),
                Set.of(ASTHMA));
    }

    static Instrument mgfa() {
        return Instrument.coded(
                "mgfa-class",
                "MGFA clinical class",
                "class",
                ValueKind.VALUE_SET,
                List.of(
                        new AllowedValue("I", "I — ocular only", Severity.INFO),
                        new AllowedValue("IIa", "IIa — mild generalised, limb", Severity.WARNING),
                        new AllowedValue("IIIa", "IIIa — moderate generalised, limb", Severity.WARNING),
                        new AllowedValue("V", "V — intubation", Severity.DANGER)),
                Set.of(MG));
    }

    static Instrument musk() {
        return Instrument.coded(
                "musk-ab",
                "Anti-MuSK antibodies",
                "result",
                ValueKind.BINARY,
                List.of(
                        new AllowedValue("0", "Negative", Severity.NORMAL),
                        new AllowedValue("1", "Positive", Severity.WARNING)),
                Set.of(MG));
    }

    private static InterpretationBand band(
            Integer lower, boolean lowerIncl, Integer upper, boolean upperIncl, String label, Severity severity) {
        return new InterpretationBand(
                lower == null ? null : BigDecimal.valueOf(lower),
                lowerIncl,
                upper == null ? null : BigDecimal.valueOf(upper),
                upperIncl,
                label,
                severity,
                "ACT validation");
    }

    @ParameterizedTest
    @CsvSource({
        "5, Very poorly controlled",
        "15, Very poorly controlled",
        "16, Not well controlled",
        "19, Not well controlled",
        "20, Well controlled",
        "25, Well controlled"
    })
    void actBandsFollowTheValidationStudy(int score, String label) {
        assertEquals(
                label,
                act().interpret(act().measure(score, "points")).orElseThrow().label());
    }

    @ParameterizedTest
    @CsvSource({"0.74, Well controlled", "1.5, Uncontrolled", "6, Uncontrolled"})
    void acqBandsRespectInclusiveness(String score, String label) {
        Instrument acq = acq();
        assertEquals(
                label, acq.interpret(acq.measure(score, null)).orElseThrow().label());
    }

    @Test
    void valueBetweenBandsHasNoInterpretation() {
        Instrument acq = acq();
        assertTrue(acq.interpret(acq.measure("1.0", null)).isEmpty());
    }

    @ParameterizedTest
    @CsvSource({"4", "26", "-1", "12.5", "abc"})
    void actRefusesValuesOutsideItsRangeOrPrecision(String raw) {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> act().measure(raw, null));
        assertEquals("value", e.field());
    }

    @Test
    void wrongUnitIsNamed() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> eos().measure(300, "10^9/L"));
        assertEquals("unit", e.field());
        assertTrue(e.getMessage().contains("cells/uL"), e.getMessage());
    }

    @Test
    void microSignAndLetterUAreTheSameUnit() {
        assertEquals(MeasuredValue.number(320), eos().measure(320, "cells/µL"));
    }

    @Test
    void numbersArriveAsTextOrNumbers() {
        assertEquals(MeasuredValue.number(new BigDecimal("0.75")), acq().measure(0.75d, null));
        assertEquals(MeasuredValue.number(new BigDecimal("0.75")), acq().measure("0,75", ""));
    }

    @Test
    void valueSetAcceptsMembersOnly() {
        Instrument mgfa = mgfa();
        assertEquals("IIIa", mgfa.measure("IIIa", "class").code());
        assertEquals(
                "IIIa — moderate generalised, limb",
                mgfa.interpret(MeasuredValue.code("IIIa")).orElseThrow().label());
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> mgfa.measure("IIIc", null));
        assertTrue(e.getMessage().contains("I, IIa, IIIa, V"), e.getMessage());
        assertEquals(2, mgfa.ordinalOf("IIIa"));
    }

    @Test
    void binaryTestTakesZeroOrOne() {
        Instrument musk = musk();
        assertEquals(
                "Positive", musk.interpret(musk.measure(1, null)).orElseThrow().label());
        assertThrows(InvalidInputException.class, () -> musk.measure(2, null));
        assertThrows(InvalidInputException.class, () -> musk.measure("", null));
    }

    @Test
    void appliesOnlyToItsConditions() {
        assertTrue(act().appliesTo(ASTHMA));
        assertTrue(!act().appliesTo(MG));
    }

    @Test
    void bandsReadLikeGuidelines() {
        assertEquals("≤ 15", act().getBands().get(0).rangeText());
        assertEquals("> 15–19", act().getBands().get(1).rangeText());
        assertEquals("≥ 20", act().getBands().get(2).rangeText());
        assertEquals("5–25 points", act().rangeText());
    }

    @Test
    void measuredValuesCompareByValue() {
        assertEquals(MeasuredValue.number(new BigDecimal("1.50")), MeasuredValue.number(new BigDecimal("1.5")));
        assertEquals(
                MeasuredValue.number(new BigDecimal("1.50")).hashCode(),
                MeasuredValue.number(new BigDecimal("1.5")).hashCode());
        assertEquals("1.5", MeasuredValue.number(new BigDecimal("1.500")).display());
    }
}
