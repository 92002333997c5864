package org.refract.domain.casework;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.refract.domain.casework.Fixtures.ADHERENCE;
import static org.refract.domain.casework.Fixtures.CLINICIAN;
import static org.refract.domain.casework.Fixtures.NOW;
import static org.refract.domain.casework.Fixtures.SMOKING;
import static org.refract.domain.casework.Fixtures.THYMOMA;
import static org.refract.domain.casework.Fixtures.TODAY;
import static org.refract.domain.casework.Fixtures.asthmaCase;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.refract.domain.catalog.FactorCategory;
import org.refract.domain.catalog.ResistanceFactor;
import org.refract.domain.shared.InvalidInputException;

class ResistanceFindingTest {

    private static final Instant LATER = NOW.plusSeconds(60);

    private final ClinicalCase clinicalCase = asthmaCase();

    @Test
    void firstAssessmentCreatesTheFinding() {
        ResistanceFinding finding = clinicalCase.assessFactor(
                ADHERENCE, FindingStatus.SUSPECTED, " Refills at 40% ", TODAY, "c.smith", LATER);
        assertSame(clinicalCase, finding.getClinicalCase());
        assertSame(ADHERENCE, finding.getFactor());
        assertEquals(FindingStatus.SUSPECTED, finding.getStatus());
        assertEquals("Refills at 40%", finding.getEvidence());
        assertEquals(TODAY, finding.getAssessedOn());
        assertEquals("c.smith", finding.getAssessedBy());
        assertEquals(List.of(finding), clinicalCase.getFindings());
        assertEquals(LATER, clinicalCase.getUpdatedAt());
        assertEquals("c.smith", clinicalCase.getUpdatedBy());
    }

    @Test
    void assessingAgainUpdatesTheSameFinding() {
        ResistanceFinding first = clinicalCase.assessFactor(
                ADHERENCE, FindingStatus.SUSPECTED, "Refills at 40%", TODAY.minusMonths(2), CLINICIAN, NOW);
        ResistanceFinding second =
                clinicalCase.assessFactor(ADHERENCE, FindingStatus.ADDRESSED, null, TODAY, "c.smith", LATER);
        assertSame(first, second);
        assertEquals(1, clinicalCase.getFindings().size());
        assertEquals(FindingStatus.ADDRESSED, second.getStatus());
        assertNull(second.getEvidence());
        assertEquals(TODAY, second.getAssessedOn());
        assertEquals("c.smith", second.getAssessedBy());
        assertEquals(LATER, clinicalCase.getUpdatedAt());
    }

    @Test
    void oneFindingPerFactor() {
        clinicalCase.assessFactor(ADHERENCE, FindingStatus.SUSPECTED, null, TODAY, CLINICIAN, NOW);
        clinicalCase.assessFactor(SMOKING, FindingStatus.EXCLUDED, "Never smoked", TODAY, CLINICIAN, NOW);
        clinicalCase.assessFactor(ADHERENCE, FindingStatus.CONFIRMED, null, TODAY, CLINICIAN, NOW);
        assertEquals(2, clinicalCase.getFindings().size());
        assertEquals(
                FindingStatus.CONFIRMED,
                clinicalCase.findingFor(ADHERENCE).orElseThrow().getStatus());
        assertEquals(
                FindingStatus.EXCLUDED,
                clinicalCase.findingFor(SMOKING).orElseThrow().getStatus());
    }

    @Test
    void findingForAnUnassessedFactorIsEmpty() {
        assertTrue(clinicalCase.findingFor(SMOKING).isEmpty());
    }

    @Test
    void findingForMatchesAFactorLoadedSeparately() {
        ResistanceFactor stored = Fixtures.withId(
                new ResistanceFactor(
                        "obesity", "Obesity", FactorCategory.COMORBIDITY, true, "BMI", Set.of(Fixtures.ASTHMA)),
                8001L);
        ResistanceFactor sameRow = Fixtures.withId(
                new ResistanceFactor(
                        "obesity", "Obesity", FactorCategory.COMORBIDITY, true, "BMI", Set.of(Fixtures.ASTHMA)),
                8001L);
        clinicalCase.assessFactor(stored, FindingStatus.CONFIRMED, null, TODAY, CLINICIAN, NOW);
        clinicalCase.assessFactor(sameRow, FindingStatus.ADDRESSED, null, TODAY, CLINICIAN, NOW);
        assertEquals(1, clinicalCase.getFindings().size());
        assertEquals(
                FindingStatus.ADDRESSED,
                clinicalCase.findingFor(stored).orElseThrow().getStatus());
    }

    @Test
    void theFactorMustBelongToTheCondition() {
        InvalidInputException e = assertThrows(
                InvalidInputException.class,
                () -> clinicalCase.assessFactor(THYMOMA, FindingStatus.SUSPECTED, null, TODAY, CLINICIAN, NOW));
        assertEquals("factor", e.field());
        assertTrue(clinicalCase.getFindings().isEmpty());
    }

    @Test
    void statusAndDateAreRequired() {
        assertEquals(
                "status",
                assertThrows(
                                InvalidInputException.class,
                                () -> clinicalCase.assessFactor(ADHERENCE, null, null, TODAY, CLINICIAN, NOW))
                        .field());
        assertEquals(
                "assessedOn",
                assertThrows(
                                InvalidInputException.class,
                                () -> clinicalCase.assessFactor(
                                        ADHERENCE, FindingStatus.SUSPECTED, null, null, CLINICIAN, NOW))
                        .field());
        assertTrue(clinicalCase.getFindings().isEmpty());
        assertEquals(NOW, clinicalCase.getUpdatedAt());
    }

    @Test
    void evidenceHasAtMost2000Characters() {
        assertEquals(
                2000,
                clinicalCase
                        .assessFactor(ADHERENCE, FindingStatus.SUSPECTED, "e".repeat(2000), TODAY, CLINICIAN, NOW)
                        .getEvidence()
                        .length());
        assertEquals(
                "evidence",
                assertThrows(
                                InvalidInputException.class,
                                () -> clinicalCase.assessFactor(
                                        SMOKING, FindingStatus.SUSPECTED, "e".repeat(2001), TODAY, CLINICIAN, NOW))
                        .field());
    }

    @Test
    void aRefusedUpdateKeepsTheOldAssessment() {
        ResistanceFinding finding =
                clinicalCase.assessFactor(ADHERENCE, FindingStatus.SUSPECTED, "Refills", TODAY, CLINICIAN, NOW);
        assertThrows(
                InvalidInputException.class,
                () -> finding.update(FindingStatus.CONFIRMED, "e".repeat(2001), TODAY, "c.smith"));
        assertEquals(FindingStatus.SUSPECTED, finding.getStatus());
        assertEquals("Refills", finding.getEvidence());
        assertEquals(CLINICIAN, finding.getAssessedBy());
    }

    @Test
    void updateDirectly() {
        ResistanceFinding finding =
                clinicalCase.assessFactor(ADHERENCE, FindingStatus.SUSPECTED, null, TODAY, CLINICIAN, NOW);
        finding.update(FindingStatus.EXCLUDED, "Electronic monitor: 95%", TODAY.plusDays(0), "c.smith");
        assertEquals(FindingStatus.EXCLUDED, finding.getStatus());
        assertEquals("c.smith", finding.getAssessedBy());
    }

    @Test
    void removeTakesItOffTheCase() {
        ResistanceFinding finding =
                clinicalCase.assessFactor(ADHERENCE, FindingStatus.SUSPECTED, null, TODAY, CLINICIAN, NOW);
        clinicalCase.removeFinding(finding, "c.smith", LATER);
        assertTrue(clinicalCase.getFindings().isEmpty());
        assertTrue(clinicalCase.findingFor(ADHERENCE).isEmpty());
        assertEquals(LATER, clinicalCase.getUpdatedAt());
    }
}
