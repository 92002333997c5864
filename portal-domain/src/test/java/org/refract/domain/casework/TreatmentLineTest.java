package org.refract.domain.casework;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.refract.domain.casework.Fixtures.CLINICIAN;
import static org.refract.domain.casework.Fixtures.ICS_LABA;
import static org.refract.domain.casework.Fixtures.MEPOLIZUMAB;
import static org.refract.domain.casework.Fixtures.NOW;
import static org.refract.domain.casework.Fixtures.PYRIDOSTIGMINE;
import static org.refract.domain.casework.Fixtures.TODAY;
import static org.refract.domain.casework.Fixtures.asthmaCase;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.refract.domain.catalog.Therapy;
import org.refract.domain.shared.InvalidInputException;

class TreatmentLineTest {

    private static final Instant LATER = NOW.plusSeconds(60);
    private static final LocalDate START = LocalDate.of(2025, 1, 1);

    private final ClinicalCase clinicalCase = asthmaCase();

    private TreatmentLine line(Therapy therapy) {
        return clinicalCase.addTreatmentLine(therapy, "100 mg every 4 weeks", START, null, CLINICIAN, NOW, TODAY);
    }

    @Test
    void aNewLineHasAnUnknownResponseAndNothingJudged() {
        TreatmentLine line = clinicalCase.addTreatmentLine(
                MEPOLIZUMAB, " 100 mg every 4 weeks ", START, null, "c.smith", LATER, TODAY);
        assertSame(clinicalCase, line.getClinicalCase());
        assertSame(MEPOLIZUMAB, line.getTherapy());
        assertEquals("100 mg every 4 weeks", line.getDose());
        assertEquals(START, line.getStartDate());
        assertNull(line.getEndDate());
        assertEquals(TreatmentResponse.UNKNOWN, line.getResponse());
        assertNull(line.getAdherenceConfirmed());
        assertNull(line.getInhalerTechniqueChecked());
        assertNull(line.getAdequateTrial());
        assertTrue(line.isOngoing());
        assertEquals(TrialAssessment.ONGOING_UNJUDGED, line.trialAssessment());
        assertEquals(List.of(line), clinicalCase.getTreatmentLines());
        assertEquals(LATER, clinicalCase.getUpdatedAt());
        assertEquals("c.smith", clinicalCase.getUpdatedBy());
    }

    // --- dates ------------------------------------------------------------------------------------------------

    @ParameterizedTest
    @CsvSource({"2025-01-01, true", "2025-06-30, true", "2024-12-31, false"})
    void endIsNotBeforeStart(LocalDate end, boolean accepted) {
        if (accepted) {
            TreatmentLine line = clinicalCase.addTreatmentLine(MEPOLIZUMAB, null, START, end, CLINICIAN, NOW, TODAY);
            assertEquals(end, line.getEndDate());
            assertFalse(line.isOngoing());
        } else {
            InvalidInputException e = assertThrows(
                    InvalidInputException.class,
                    () -> clinicalCase.addTreatmentLine(MEPOLIZUMAB, null, START, end, CLINICIAN, NOW, TODAY));
            assertEquals("endDate", e.field());
            assertTrue(e.getMessage().contains("2025-01-01"), e.getMessage());
            assertTrue(clinicalCase.getTreatmentLines().isEmpty());
        }
    }

    @Test
    void recordOutcomeChecksTheEndToo() {
        TreatmentLine line = line(MEPOLIZUMAB);
        InvalidInputException e = assertThrows(
                InvalidInputException.class,
                () -> line.recordOutcome(TreatmentResponse.NONE, "no effect", START.minusDays(1)));
        assertEquals("endDate", e.field());
        assertEquals(TreatmentResponse.UNKNOWN, line.getResponse(), "a refused outcome changes nothing");
        line.recordOutcome(TreatmentResponse.NONE, " no effect ", START);
        assertEquals(START, line.getEndDate());
        assertEquals("no effect", line.getReasonStopped());
        assertEquals(TreatmentResponse.NONE, line.getResponse());
    }

    @Test
    void startIsRequiredAndNotInTheFuture() {
        assertEquals(
                "startDate",
                assertThrows(
                                InvalidInputException.class,
                                () -> clinicalCase.addTreatmentLine(
                                        MEPOLIZUMAB, null, null, null, CLINICIAN, NOW, TODAY))
                        .field());
        InvalidInputException e = assertThrows(
                InvalidInputException.class,
                () -> clinicalCase.addTreatmentLine(MEPOLIZUMAB, null, TODAY.plusDays(1), null, CLINICIAN, NOW, TODAY));
        assertEquals("startDate", e.field());
        assertEquals(
                TODAY,
                clinicalCase
                        .addTreatmentLine(MEPOLIZUMAB, null, TODAY, null, CLINICIAN, NOW, TODAY)
                        .getStartDate());
        assertEquals(
                "startDate",
                assertThrows(
                                InvalidInputException.class,
                                () -> clinicalCase.addTreatmentLine(
                                        MEPOLIZUMAB, null, LocalDate.of(1969, 12, 31), null, CLINICIAN, NOW, TODAY))
                        .field());
    }

    @Test
    void aPlannedEndMayLieInTheFuture() {
        TreatmentLine line =
                clinicalCase.addTreatmentLine(MEPOLIZUMAB, null, START, TODAY.plusMonths(6), CLINICIAN, NOW, TODAY);
        assertTrue(line.isActiveOn(TODAY));
    }

    @Test
    void theTherapyMustBeForTheCondition() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> line(PYRIDOSTIGMINE));
        assertEquals("therapy", e.field());
        assertTrue(e.getMessage().contains("Pyridostigmine") && e.getMessage().contains("Severe asthma"));
    }

    @Test
    void doseHasAtMost200Characters() {
        assertEquals(
                "dose",
                assertThrows(
                                InvalidInputException.class,
                                () -> clinicalCase.addTreatmentLine(
                                        MEPOLIZUMAB, "d".repeat(201), START, null, CLINICIAN, NOW, TODAY))
                        .field());
    }

    @ParameterizedTest
    @CsvSource({
        "2024-12-31, , false",
        "2025-01-01, , true",
        "2030-01-01, , true",
        "2024-12-31, 2025-03-31, false",
        "2025-01-01, 2025-03-31, true",
        "2025-03-31, 2025-03-31, true",
        "2025-04-01, 2025-03-31, false"
    })
    void activeFromStartToEndInclusive(LocalDate day, LocalDate end, boolean active) {
        TreatmentLine line = clinicalCase.addTreatmentLine(MEPOLIZUMAB, null, START, end, CLINICIAN, NOW, TODAY);
        assertEquals(active, line.isActiveOn(day));
    }

    @Test
    void recordOutcomeNeedsAResponse() {
        assertEquals(
                "response",
                assertThrows(
                                InvalidInputException.class,
                                () -> line(MEPOLIZUMAB).recordOutcome(null, null, null))
                        .field());
    }

    // --- adherence, inhaler technique, adequacy ---------------------------------------------------------------

    @Test
    void adherenceWithMethod() {
        TreatmentLine line = line(MEPOLIZUMAB);
        line.recordAdherence(true, " administered in clinic ");
        assertEquals(Boolean.TRUE, line.getAdherenceConfirmed());
        assertEquals("administered in clinic", line.getAdherenceMethod());
        line.recordAdherence(null, null);
        assertNull(line.getAdherenceConfirmed());
        assertNull(line.getAdherenceMethod());
        assertEquals(
                "adherenceMethod",
                assertThrows(InvalidInputException.class, () -> line.recordAdherence(true, "m".repeat(201)))
                        .field());
    }

    @Test
    void inhalerTechniqueForInhaledTherapies() {
        TreatmentLine line = line(ICS_LABA);
        line.recordInhalerTechnique(true);
        assertEquals(Boolean.TRUE, line.getInhalerTechniqueChecked());
        line.recordInhalerTechnique(false);
        assertEquals(Boolean.FALSE, line.getInhalerTechniqueChecked());
        line.recordInhalerTechnique(null);
        assertNull(line.getInhalerTechniqueChecked());
    }

    @Test
    void noInhalerTechniqueForOtherTherapies() {
        TreatmentLine line = line(MEPOLIZUMAB);
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> line.recordInhalerTechnique(true));
        assertEquals("inhalerTechniqueChecked", e.field());
        assertTrue(e.getMessage().contains("not inhaled"), e.getMessage());
        line.recordInhalerTechnique(false);
        assertNull(line.getInhalerTechniqueChecked(), "not applicable is stored as null");
    }

    @Test
    void anInadequateTrialNeedsAReason() {
        TreatmentLine line = line(MEPOLIZUMAB);
        assertEquals(
                "adequacyReason",
                assertThrows(InvalidInputException.class, () -> line.judgeTrial(false, null))
                        .field());
        assertEquals(
                "adequacyReason",
                assertThrows(InvalidInputException.class, () -> line.judgeTrial(false, "  "))
                        .field());
        assertNull(line.getAdequateTrial());
        line.judgeTrial(false, "Stopped after 4 weeks");
        assertEquals(Boolean.FALSE, line.getAdequateTrial());
        assertEquals("Stopped after 4 weeks", line.getAdequacyReason());
        line.judgeTrial(true, null);
        assertEquals(Boolean.TRUE, line.getAdequateTrial());
        assertNull(line.getAdequacyReason());
        line.judgeTrial(null, null);
        assertNull(line.getAdequateTrial());
    }

    @Test
    void removeTakesItOffTheCase() {
        TreatmentLine first = line(MEPOLIZUMAB);
        TreatmentLine second = line(ICS_LABA);
        clinicalCase.removeTreatmentLine(first, "c.smith", LATER);
        assertEquals(List.of(second), clinicalCase.getTreatmentLines());
        assertEquals(LATER, clinicalCase.getUpdatedAt());
        assertThrows(IllegalArgumentException.class, () -> clinicalCase.removeTreatmentLine(first, CLINICIAN, LATER));
    }
}
