package org.refract.domain.casework;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.refract.domain.casework.Fixtures.ACT;
import static org.refract.domain.casework.Fixtures.CLINICIAN;
import static org.refract.domain.casework.Fixtures.EOS;
import static org.refract.domain.casework.Fixtures.MG;
import static org.refract.domain.casework.Fixtures.MGFA;
import static org.refract.domain.casework.Fixtures.NOW;
import static org.refract.domain.casework.Fixtures.TODAY;
import static org.refract.domain.casework.Fixtures.asthmaCase;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.refract.domain.catalog.Condition;
import org.refract.domain.catalog.Instrument;
import org.refract.domain.catalog.MeasuredValue;
import org.refract.domain.catalog.Severity;
import org.refract.domain.identity.Team;
import org.refract.domain.shared.InvalidInputException;

class ObservationTest {

    private static final Instant LATER = NOW.plusSeconds(60);

    private final ClinicalCase clinicalCase = asthmaCase();

    @Test
    void recordsTheMeasurementWithTheInstrumentsUnit() {
        Observation observation = clinicalCase.recordObservation(
                EOS,
                EOS.measure(320, "cells/uL"),
                TODAY.minusDays(3),
                " after steroid taper ",
                "c.smith",
                LATER,
                TODAY);
        assertSame(clinicalCase, observation.getClinicalCase());
        assertSame(EOS, observation.getInstrument());
        assertEquals(MeasuredValue.number(320), observation.getValue());
        assertEquals("cells/uL", observation.getUnit());
        assertEquals(TODAY.minusDays(3), observation.getObservedOn());
        assertEquals("after steroid taper", observation.getNote());
        assertEquals("c.smith", observation.getEnteredBy());
        assertEquals(LATER, observation.getEnteredAt());
        assertEquals(List.of(observation), clinicalCase.getObservations());
        assertEquals(LATER, clinicalCase.getUpdatedAt());
        assertEquals("c.smith", clinicalCase.getUpdatedBy());
    }

    @Test
    void interpretationComesFromTheCatalogue() {
        Observation poor =
                clinicalCase.recordObservation(ACT, ACT.measure(12, null), TODAY, null, CLINICIAN, NOW, TODAY);
        assertEquals("Not well controlled", poor.interpretation().orElseThrow().label());
        assertEquals(Severity.WARNING, poor.interpretation().orElseThrow().severity());
        Observation eos =
                clinicalCase.recordObservation(EOS, EOS.measure(150, null), TODAY, null, CLINICIAN, NOW, TODAY);
        assertTrue(eos.interpretation().isEmpty());
    }

    @Test
    void todayIsAllowedTomorrowIsNot() {
        clinicalCase.recordObservation(ACT, ACT.measure(20, null), TODAY, null, CLINICIAN, NOW, TODAY);
        InvalidInputException e = assertThrows(
                InvalidInputException.class,
                () -> clinicalCase.recordObservation(
                        ACT, ACT.measure(20, null), TODAY.plusDays(1), null, CLINICIAN, NOW, TODAY));
        assertEquals("observedOn", e.field());
        assertTrue(e.getMessage().contains("future"), e.getMessage());
    }

    @ParameterizedTest
    @CsvSource({"1970-01-01, true", "1969-12-31, false", "1900-06-01, false", "2000-02-29, true"})
    void notBeforeThePatientsBirthYear(LocalDate date, boolean accepted) {
        // The patient was born in 1970.
        if (accepted) {
            clinicalCase.recordObservation(ACT, ACT.measure(20, null), date, null, CLINICIAN, NOW, TODAY);
        } else {
            InvalidInputException e = assertThrows(
                    InvalidInputException.class,
                    () -> clinicalCase.recordObservation(
                            ACT, ACT.measure(20, null), date, null, CLINICIAN, NOW, TODAY));
            assertEquals("observedOn", e.field());
            assertTrue(e.getMessage().contains("1970"), e.getMessage());
        }
    }

    @Test
    void theDateIsRequired() {
        InvalidInputException e = assertThrows(
                InvalidInputException.class,
                () -> clinicalCase.recordObservation(ACT, ACT.measure(20, null), null, null, CLINICIAN, NOW, TODAY));
        assertEquals("observedOn", e.field());
    }

    @Test
    void theInstrumentMustBeUsedForTheCondition() {
        InvalidInputException e = assertThrows(
                InvalidInputException.class,
                () -> clinicalCase.recordObservation(
                        MGFA, MeasuredValue.code("IIIa"), TODAY, null, CLINICIAN, NOW, TODAY));
        assertEquals("instrument", e.field());
        assertTrue(
                e.getMessage().contains("MGFA clinical class") && e.getMessage().contains("Severe asthma"),
                e.getMessage());
    }

    @Test
    void theValueIsCheckedAgainstTheInstrument() {
        InvalidInputException outOfRange = assertThrows(
                InvalidInputException.class,
                () -> clinicalCase.recordObservation(
                        ACT, MeasuredValue.number(26), TODAY, null, CLINICIAN, NOW, TODAY));
        assertEquals("value", outOfRange.field());
        InvalidInputException code = assertThrows(
                InvalidInputException.class,
                () -> clinicalCase.recordObservation(
                        ACT, MeasuredValue.code("IIIa"), TODAY, null, CLINICIAN, NOW, TODAY));
        assertEquals("value", code.field());
        InvalidInputException missing = assertThrows(
                InvalidInputException.class,
                () -> clinicalCase.recordObservation(ACT, null, TODAY, null, CLINICIAN, NOW, TODAY));
        assertEquals("value", missing.field());
        assertTrue(clinicalCase.getObservations().isEmpty());
        assertEquals(NOW, clinicalCase.getUpdatedAt(), "a refused observation does not touch the case");
    }

    @Test
    void valueSetObservationForItsCondition() {
        Team neuro = new Team("neuro", "Neuromuscular MDT", "MG");
        ClinicalCase mgCase = new ClinicalCase(
                new Patient(neuro, "P-0042", 1970, Sex.F, NOW),
                MG,
                neuro,
                Fixtures.JONES,
                "Generalised MG despite pyridostigmine",
                null,
                CLINICIAN,
                NOW);
        Observation observation =
                mgCase.recordObservation(MGFA, MGFA.measure("IIIa", null), TODAY, null, CLINICIAN, NOW, TODAY);
        assertEquals("IIIa", observation.getValue().display());
        assertEquals("class", observation.getUnit());
    }

    @Test
    void noteHasAtMost500Characters() {
        Observation observation = clinicalCase.recordObservation(
                ACT, ACT.measure(20, null), TODAY, "n".repeat(500), CLINICIAN, NOW, TODAY);
        assertEquals(500, observation.getNote().length());
        assertNull(clinicalCase
                .recordObservation(ACT, ACT.measure(20, null), TODAY, "  ", CLINICIAN, NOW, TODAY)
                .getNote());
        InvalidInputException e = assertThrows(
                InvalidInputException.class,
                () -> clinicalCase.recordObservation(
                        ACT, ACT.measure(20, null), TODAY, "n".repeat(501), CLINICIAN, NOW, TODAY));
        assertEquals("note", e.field());
    }

    @Test
    void removeTakesItOffTheCase() {
        Observation first =
                clinicalCase.recordObservation(ACT, ACT.measure(12, null), TODAY, null, CLINICIAN, NOW, TODAY);
        Observation second =
                clinicalCase.recordObservation(ACT, ACT.measure(14, null), TODAY, null, CLINICIAN, NOW, TODAY);
        clinicalCase.removeObservation(first, "c.smith", LATER);
        assertEquals(List.of(second), clinicalCase.getObservations());
        assertEquals(LATER, clinicalCase.getUpdatedAt());
        assertEquals("c.smith", clinicalCase.getUpdatedBy());
    }

    @Test
    void removeRefusesAnotherCasesObservation() {
        Observation foreign =
                asthmaCase().recordObservation(ACT, ACT.measure(12, null), TODAY, null, CLINICIAN, NOW, TODAY);
        assertThrows(IllegalArgumentException.class, () -> clinicalCase.removeObservation(foreign, CLINICIAN, LATER));
        assertEquals(NOW, clinicalCase.getUpdatedAt());
    }

    @Test
    void theObservationsListCannotBeChangedFromOutside() {
        clinicalCase.recordObservation(ACT, ACT.measure(12, null), TODAY, null, CLINICIAN, NOW, TODAY);
        assertThrows(
                UnsupportedOperationException.class,
                () -> clinicalCase.getObservations().clear());
    }

    @Test
    void conditionsMatchByIdLikeLazyProxiesDo() {
        // A case loaded from the database may hold a proxy of its condition: another object with the same id.
        Condition persisted = Fixtures.withId(new Condition("copd", "COPD", 3), 7001L);
        Condition proxyLike = Fixtures.withId(new Condition("copd", "COPD", 3), 7001L);
        Instrument cat = Instrument.numeric(
                "cat",
                "COPD Assessment Test",
                "points",
                BigDecimal.ZERO,
                BigDecimal.valueOf(40),
                0,
                List.of(),
                Set.of(persisted));
        ClinicalCase copdCase = new ClinicalCase(
                Fixtures.patient(),
                proxyLike,
                Fixtures.RESPIRATORY,
                Fixtures.JONES,
                "Frequent exacerbations",
                null,
                CLINICIAN,
                NOW);
        copdCase.recordObservation(cat, cat.measure(25, null), TODAY, null, CLINICIAN, NOW, TODAY);
        assertEquals(1, copdCase.getObservations().size());
    }

    @Test
    void aBadUserChangesNothing() {
        assertThrows(
                IllegalArgumentException.class,
                () -> clinicalCase.recordObservation(ACT, ACT.measure(12, null), TODAY, null, " ", NOW, TODAY));
        assertTrue(clinicalCase.getObservations().isEmpty());
    }
}
