package org.refract.domain.casework;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.refract.domain.casework.Fixtures.ASTHMA;
import static org.refract.domain.casework.Fixtures.CLINICIAN;
import static org.refract.domain.casework.Fixtures.JONES;
import static org.refract.domain.casework.Fixtures.NOW;
import static org.refract.domain.casework.Fixtures.RESPIRATORY;
import static org.refract.domain.casework.Fixtures.SMITH;
import static org.refract.domain.casework.Fixtures.asthmaCase;
import static org.refract.domain.casework.Fixtures.asthmaCaseIn;
import static org.refract.domain.casework.Fixtures.patient;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import org.refract.domain.identity.Team;
import org.refract.domain.shared.InvalidInputException;
import org.refract.domain.shared.InvalidStateException;

class ClinicalCaseTest {

    private static final Instant LATER = NOW.plusSeconds(3600);

    @Test
    void aNewCaseIsADraftStampedWithItsAuthor() {
        ClinicalCase clinicalCase = asthmaCase();
        assertEquals(CaseStatus.DRAFT, clinicalCase.getStatus());
        assertEquals(NOW, clinicalCase.getCreatedAt());
        assertEquals(NOW, clinicalCase.getStatusChangedAt());
        assertEquals(NOW, clinicalCase.getUpdatedAt());
        assertEquals(CLINICIAN, clinicalCase.getCreatedBy());
        assertEquals(CLINICIAN, clinicalCase.getUpdatedBy());
        assertSame(ASTHMA, clinicalCase.getCondition());
        assertSame(RESPIRATORY, clinicalCase.getTeam());
        assertSame(JONES, clinicalCase.getClinician());
        assertTrue(clinicalCase.getObservations().isEmpty());
        assertTrue(clinicalCase.getTreatmentLines().isEmpty());
        assertTrue(clinicalCase.getFindings().isEmpty());
        assertTrue(clinicalCase.isEditable());
    }

    // --- title and summary ------------------------------------------------------------------------------------

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {" ", "ab", "  ab  "})
    void titleNeedsAtLeastThreeCharacters(String title) {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> newCase(title, null));
        assertEquals("title", e.field());
        assertTrue(e.getMessage().contains("3 to 200"), e.getMessage());
    }

    @Test
    void titleHasAtMost200Characters() {
        assertEquals(200, newCase("x".repeat(200), null).getTitle().length());
        assertEquals(
                "title",
                assertThrows(InvalidInputException.class, () -> newCase("x".repeat(201), null))
                        .field());
    }

    @Test
    void titleIsStripped() {
        assertEquals("abc", newCase("  abc  ", null).getTitle());
    }

    @Test
    void summaryIsOptionalAndHasAtMost4000Characters() {
        assertNull(newCase("Title", null).getSummary());
        assertNull(newCase("Title", "   ").getSummary(), "a blank summary is no summary");
        assertEquals(4000, newCase("Title", "s".repeat(4000)).getSummary().length());
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> newCase("Title", "s".repeat(4001)));
        assertEquals("summary", e.field());
    }

    @Test
    void requiresItsParties() {
        assertThrows(
                NullPointerException.class,
                () -> new ClinicalCase(null, ASTHMA, RESPIRATORY, JONES, "Title", null, CLINICIAN, NOW));
        assertThrows(
                NullPointerException.class,
                () -> new ClinicalCase(patient(), null, RESPIRATORY, JONES, "Title", null, CLINICIAN, NOW));
        assertThrows(
                NullPointerException.class,
                () -> new ClinicalCase(patient(), ASTHMA, null, JONES, "Title", null, CLINICIAN, NOW));
        assertThrows(
                NullPointerException.class,
                () -> new ClinicalCase(patient(), ASTHMA, RESPIRATORY, null, "Title", null, CLINICIAN, NOW));
        assertThrows(
                IllegalArgumentException.class,
                () -> new ClinicalCase(patient(), ASTHMA, RESPIRATORY, JONES, "Title", null, " ", NOW));
    }

    @Test
    void refusesAPatientOfAnotherTeam() {
        Team neurology = new Team("neuro", "Neurology MDT", "Myasthenia gravis");
        Patient theirs = new Patient(neurology, "P-0042", 1970, Sex.F, NOW);

        assertThrows(
                IllegalArgumentException.class,
                () -> new ClinicalCase(theirs, ASTHMA, RESPIRATORY, JONES, "Title", null, CLINICIAN, NOW));
    }

    @Test
    void describeChangesTitleSummaryAndClinician() {
        ClinicalCase clinicalCase = asthmaCase();
        clinicalCase.describe(" New title ", "New summary", SMITH, "c.smith", LATER);
        assertEquals("New title", clinicalCase.getTitle());
        assertEquals("New summary", clinicalCase.getSummary());
        assertSame(SMITH, clinicalCase.getClinician());
        assertEquals(LATER, clinicalCase.getUpdatedAt());
        assertEquals("c.smith", clinicalCase.getUpdatedBy());
        assertEquals(NOW, clinicalCase.getCreatedAt());
        assertEquals(CLINICIAN, clinicalCase.getCreatedBy());
    }

    @Test
    void theSearchTextHoldsTheTitleTheSummaryAndTheFindingsEvidence() {
        ClinicalCase clinicalCase = asthmaCase();
        clinicalCase.assessFactor(
                Fixtures.ADHERENCE, FindingStatus.CONFIRMED, "Collected 4 of 12 inhalers", Fixtures.TODAY, "x", LATER);
        clinicalCase.assessFactor(Fixtures.SMOKING, FindingStatus.SUSPECTED, null, Fixtures.TODAY, "x", LATER);
        assertEquals(
                List.of(
                        "Uncontrolled despite high-dose ICS",
                        "Three courses of oral steroids this year.",
                        "Collected 4 of 12 inhalers"),
                clinicalCase.getSearchText());

        clinicalCase.describe("Another title", null, JONES, "x", LATER);
        assertEquals(List.of("Another title", "Collected 4 of 12 inhalers"), clinicalCase.getSearchText());
    }

    @Test
    void describeChangesNothingWhenSomethingIsInvalid() {
        ClinicalCase clinicalCase = asthmaCase();
        assertThrows(
                InvalidInputException.class,
                () -> clinicalCase.describe("New title", "s".repeat(4001), SMITH, "c.smith", LATER));
        assertEquals("Uncontrolled despite high-dose ICS", clinicalCase.getTitle());
        assertSame(JONES, clinicalCase.getClinician());
        assertEquals(NOW, clinicalCase.getUpdatedAt());
    }

    // --- workflow ---------------------------------------------------------------------------------------------

    static Stream<Arguments> allPairs() {
        return Arrays.stream(CaseStatus.values())
                .flatMap(from -> Arrays.stream(CaseStatus.values())
                        .map(to -> Arguments.of(from, to, CaseStatusTest.ALLOWED.contains(from + ">" + to))));
    }

    @ParameterizedTest(name = "{0} -> {1}: {2}")
    @MethodSource("allPairs")
    void moveToFollowsTheWorkflow(CaseStatus from, CaseStatus to, boolean allowed) {
        ClinicalCase clinicalCase = asthmaCaseIn(from);
        assertEquals(from, clinicalCase.getStatus());
        if (allowed) {
            clinicalCase.moveTo(to, "chair", LATER);
            assertEquals(to, clinicalCase.getStatus());
            assertEquals(LATER, clinicalCase.getStatusChangedAt());
            assertEquals(LATER, clinicalCase.getUpdatedAt());
            assertEquals("chair", clinicalCase.getUpdatedBy());
        } else {
            InvalidStateException e =
                    assertThrows(InvalidStateException.class, () -> clinicalCase.moveTo(to, "chair", LATER));
            assertTrue(e.getMessage().contains("'" + from.label() + "'"), e.getMessage());
            assertTrue(e.getMessage().contains("'" + to.label() + "'"), e.getMessage());
            assertEquals(from, clinicalCase.getStatus());
            assertEquals(NOW, clinicalCase.getUpdatedAt(), "a refused move changes nothing");
            assertEquals(NOW, clinicalCase.getStatusChangedAt());
        }
    }

    @Test
    void wrappersWalkTheWholeWorkflow() {
        ClinicalCase clinicalCase = asthmaCase();
        clinicalCase.submitForReview(CLINICIAN, NOW);
        assertEquals(CaseStatus.READY_FOR_REVIEW, clinicalCase.getStatus());
        clinicalCase.withdraw(CLINICIAN, NOW);
        assertEquals(CaseStatus.DRAFT, clinicalCase.getStatus());
        clinicalCase.submitForReview(CLINICIAN, NOW);
        clinicalCase.startReview("chair", NOW);
        assertEquals(CaseStatus.IN_REVIEW, clinicalCase.getStatus());
        clinicalCase.reopenForReview("chair", NOW);
        assertEquals(CaseStatus.READY_FOR_REVIEW, clinicalCase.getStatus());
        clinicalCase.startReview("chair", NOW);
        clinicalCase.issueRecommendation("chair", NOW);
        assertEquals(CaseStatus.RECOMMENDATION_ISSUED, clinicalCase.getStatus());
        clinicalCase.startFollowUp(CLINICIAN, NOW);
        assertEquals(CaseStatus.FOLLOW_UP, clinicalCase.getStatus());
        clinicalCase.close(CLINICIAN, NOW);
        assertEquals(CaseStatus.CLOSED, clinicalCase.getStatus());
        assertFalse(clinicalCase.isEditable());
        clinicalCase.reopenForReview("chair", LATER);
        assertEquals(CaseStatus.READY_FOR_REVIEW, clinicalCase.getStatus());
        assertTrue(clinicalCase.isEditable());
    }

    @Test
    void aDraftCannotBeClosed() {
        ClinicalCase clinicalCase = asthmaCase();
        InvalidStateException e = assertThrows(InvalidStateException.class, () -> clinicalCase.close(CLINICIAN, NOW));
        assertEquals("A case cannot move from 'Draft' to 'Closed'.", e.getMessage());
    }

    @Test
    void moveNeedsAUserAndATarget() {
        ClinicalCase clinicalCase = asthmaCase();
        assertThrows(NullPointerException.class, () -> clinicalCase.moveTo(null, CLINICIAN, NOW));
        assertThrows(IllegalArgumentException.class, () -> clinicalCase.submitForReview(null, NOW));
        assertEquals(CaseStatus.DRAFT, clinicalCase.getStatus());
    }

    // --- a closed case refuses every change of clinical data -----------------------------------------------------

    /** Every mutator of a case and its parts, each applied to a case prepared with one of each part. */
    static Stream<Arguments> mutators() {
        return Stream.of(
                mutator("describe", (c, p) -> c.describe("Another title", null, JONES, "x", LATER)),
                mutator(
                        "recordObservation",
                        (c, p) -> c.recordObservation(
                                Fixtures.ACT,
                                Fixtures.ACT.measure(12, null),
                                Fixtures.TODAY,
                                null,
                                "x",
                                LATER,
                                Fixtures.TODAY)),
                mutator("removeObservation", (c, p) -> c.removeObservation(p.observation, "x", LATER)),
                mutator(
                        "addTreatmentLine",
                        (c, p) -> c.addTreatmentLine(
                                Fixtures.MEPOLIZUMAB, null, Fixtures.TODAY, null, "x", LATER, Fixtures.TODAY)),
                mutator("removeTreatmentLine", (c, p) -> c.removeTreatmentLine(p.line, "x", LATER)),
                mutator(
                        "assessFactor",
                        (c, p) -> c.assessFactor(
                                Fixtures.SMOKING, FindingStatus.SUSPECTED, null, Fixtures.TODAY, "x", LATER)),
                mutator(
                        "assessFactor again",
                        (c, p) -> c.assessFactor(
                                Fixtures.ADHERENCE, FindingStatus.EXCLUDED, null, Fixtures.TODAY, "x", LATER)),
                mutator("removeFinding", (c, p) -> c.removeFinding(p.finding, "x", LATER)),
                mutator("line.recordOutcome", (c, p) -> p.line.recordOutcome(TreatmentResponse.NONE, null, null)),
                mutator("line.recordAdherence", (c, p) -> p.line.recordAdherence(true, "refills")),
                mutator("line.recordInhalerTechnique", (c, p) -> p.line.recordInhalerTechnique(true)),
                mutator("line.judgeTrial", (c, p) -> p.line.judgeTrial(true, null)),
                mutator(
                        "finding.update",
                        (c, p) -> p.finding.update(FindingStatus.CONFIRMED, "seen", Fixtures.TODAY, "x")));
    }

    private static Arguments mutator(String name, BiConsumer<ClinicalCase, Parts> change) {
        return Arguments.of(name, change);
    }

    /** The parts recorded on a case before it was closed. */
    record Parts(Observation observation, TreatmentLine line, ResistanceFinding finding) {

        static Parts recordOn(ClinicalCase clinicalCase) {
            return new Parts(
                    clinicalCase.recordObservation(
                            Fixtures.ACT,
                            Fixtures.ACT.measure(14, null),
                            Fixtures.TODAY.minusDays(1),
                            null,
                            CLINICIAN,
                            NOW,
                            Fixtures.TODAY),
                    clinicalCase.addTreatmentLine(
                            Fixtures.ICS_LABA,
                            "500 µg twice daily",
                            Fixtures.TODAY.minusYears(1),
                            null,
                            CLINICIAN,
                            NOW,
                            Fixtures.TODAY),
                    clinicalCase.assessFactor(
                            Fixtures.ADHERENCE, FindingStatus.SUSPECTED, null, Fixtures.TODAY, CLINICIAN, NOW));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("mutators")
    void aClosedCaseRefusesChanges(String name, BiConsumer<ClinicalCase, Parts> change) {
        ClinicalCase clinicalCase = asthmaCase();
        Parts parts = Parts.recordOn(clinicalCase);
        for (CaseStatus step : new CaseStatus[] {
            CaseStatus.READY_FOR_REVIEW,
            CaseStatus.IN_REVIEW,
            CaseStatus.RECOMMENDATION_ISSUED,
            CaseStatus.FOLLOW_UP,
            CaseStatus.CLOSED
        }) {
            clinicalCase.moveTo(step, CLINICIAN, NOW);
        }
        InvalidStateException e = assertThrows(InvalidStateException.class, () -> change.accept(clinicalCase, parts));
        assertTrue(e.getMessage().contains("closed"), e.getMessage());
        assertEquals(NOW, clinicalCase.getUpdatedAt());
        assertEquals(1, clinicalCase.getObservations().size());
        assertEquals(1, clinicalCase.getTreatmentLines().size());
        assertEquals(1, clinicalCase.getFindings().size());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("mutators")
    void everyOtherStatusAllowsChanges(String name, BiConsumer<ClinicalCase, Parts> change) {
        for (CaseStatus status : CaseStatus.values()) {
            if (status == CaseStatus.CLOSED) {
                continue;
            }
            ClinicalCase clinicalCase = asthmaCase();
            Parts parts = Parts.recordOn(clinicalCase);
            ClinicalCase moved = moveAlong(clinicalCase, status);
            change.accept(moved, parts);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("mutators")
    void caseMethodsTouchTheCase(String name, BiConsumer<ClinicalCase, Parts> change) {
        ClinicalCase clinicalCase = asthmaCase();
        Parts parts = Parts.recordOn(clinicalCase);
        change.accept(clinicalCase, parts);
        if (name.contains(".")) {
            // The parts' own methods have no clock: the caller touches the case (see ClinicalCase#touch).
            assertEquals(NOW, clinicalCase.getUpdatedAt());
        } else {
            assertEquals(LATER, clinicalCase.getUpdatedAt(), name);
            assertEquals("x", clinicalCase.getUpdatedBy(), name);
        }
    }

    @Test
    void touchStampsTheCase() {
        ClinicalCase clinicalCase = asthmaCase();
        clinicalCase.touch("c.smith", LATER);
        assertEquals(LATER, clinicalCase.getUpdatedAt());
        assertEquals("c.smith", clinicalCase.getUpdatedBy());
        assertEquals(NOW, clinicalCase.getStatusChangedAt(), "touching is not a status change");
        assertThrows(IllegalArgumentException.class, () -> clinicalCase.touch("", LATER));
        assertThrows(NullPointerException.class, () -> clinicalCase.touch("c.smith", null));
    }

    @ParameterizedTest
    @EnumSource(value = CaseStatus.class, names = "CLOSED", mode = EnumSource.Mode.EXCLUDE)
    void statusesBeforeClosedAreEditable(CaseStatus status) {
        assertTrue(asthmaCaseIn(status).isEditable());
    }

    private static ClinicalCase moveAlong(ClinicalCase clinicalCase, CaseStatus target) {
        for (CaseStatus step : new CaseStatus[] {
            CaseStatus.READY_FOR_REVIEW, CaseStatus.IN_REVIEW, CaseStatus.RECOMMENDATION_ISSUED, CaseStatus.FOLLOW_UP
        }) {
            if (clinicalCase.getStatus() == target) {
                break;
            }
            clinicalCase.moveTo(step, CLINICIAN, NOW);
        }
        return clinicalCase;
    }

    private static ClinicalCase newCase(String title, String summary) {
        return new ClinicalCase(patient(), ASTHMA, RESPIRATORY, JONES, title, summary, CLINICIAN, NOW);
    }
}
