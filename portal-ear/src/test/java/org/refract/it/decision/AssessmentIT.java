package org.refract.it.decision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.refract.arquillian.FreshDeployment;
import org.refract.domain.decision.Assessment;
import org.refract.domain.decision.RuleDraft;
import org.refract.domain.shared.InvalidInputException;
import org.refract.it.AsUser;
import org.refract.it.Deployments;
import org.refract.service.casework.CaseDetail;
import org.refract.service.casework.CaseService;
import org.refract.service.casework.ClinicalRecordService;
import org.refract.service.casework.FindingRequest;
import org.refract.service.casework.NewCase;
import org.refract.service.casework.ObservationRequest;
import org.refract.service.casework.PatientRequest;
import org.refract.service.casework.TreatmentLineRequest;
import org.refract.service.decision.AssessmentService;
import org.refract.service.decision.ReviewDueService;
import org.refract.service.decision.ReviewMarker;
import org.refract.service.decision.RuleAdministrationService;
import org.refract.service.decision.RuleDetail;
import org.refract.service.decision.RulePreview;
import org.refract.service.shared.ConflictException;
import org.refract.service.shared.NotFoundException;

/**
 * Decision support through the services with the seeded rules: the assessment of a recorded case, team scoping, and
 * an administrator's edit that adds a version and changes the result.
 */
@FreshDeployment
@ExtendWith(ArquillianExtension.class)
class AssessmentIT {

    private static final String CLINICIAN = "resp.pulm";
    private static final String OTHER_TEAM = "neuro.neuro";
    private static final String ADMIN = "admin";
    private static final String MEPOLIZUMAB = "eligibility:mepolizumab";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.portalWithTests();
    }

    @EJB
    AsUser as;

    @EJB
    CaseService cases;

    @EJB
    AssessmentService assessments;

    @EJB
    ClinicalRecordService records;

    @EJB
    RuleAdministrationService administration;

    @EJB
    ReviewDueService reviews;

    /** Eosinophils 350 and 5 exacerbations: mepolizumab by NICE TA671, not reslizumab (needs 400). */
    private CaseDetail eosinophilicCase() throws Exception {
        LocalDate today = LocalDate.now();
        NewCase request = new NewCase(
                new PatientRequest(null, 1976, "F"),
                "severe-asthma",
                "respiratory",
                null,
                "Eosinophilic asthma, uncontrolled",
                List.of(
                        new ObservationRequest(
                                "blood-eos", BigDecimal.valueOf(350), "cells/uL", today.minusDays(20), null),
                        new ObservationRequest(
                                "exacerbations-12m", BigDecimal.valueOf(5), "count", today.minusDays(20), null),
                        new ObservationRequest("act", BigDecimal.valueOf(13), "points", today.minusDays(20), null)),
                List.of(new TreatmentLineRequest(
                        "high-dose-ics-laba",
                        "fluticasone/salmeterol 500/50",
                        today.minusYears(2),
                        null,
                        "NONE",
                        null,
                        true,
                        "Dispensing records",
                        true,
                        true,
                        null)),
                List.of(
                        new FindingRequest("inhaler-technique", "EXCLUDED", "Checked", null),
                        new FindingRequest("gerd", "EXCLUDED", "pH study normal", null),
                        new FindingRequest("obesity", "EXCLUDED", "BMI 24", null),
                        new FindingRequest("rhinosinusitis", "EXCLUDED", "ENT review", null),
                        new FindingRequest("sleep-apnoea", "EXCLUDED", "Overnight oximetry normal", null),
                        new FindingRequest("anxiety-depression", "EXCLUDED", "HADS normal", null)));
        return as.call(CLINICIAN, () -> cases.create(request));
    }

    private static Assessment.TherapyOption option(Assessment assessment, String therapy) {
        return assessment.options().stream()
                .filter(o -> o.therapy().equals(therapy))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void anAssessmentIsComputedOncePerVersionOfTheCase() throws Exception {
        CaseDetail detail = eosinophilicCase();

        Assessment first = as.call(CLINICIAN, () -> assessments.assess(detail.id()));
        Assessment again = as.call(CLINICIAN, () -> assessments.assess(detail.id()));
        as.call(
                CLINICIAN,
                () -> records.addObservation(
                        detail.id(),
                        detail.version(),
                        new ObservationRequest(
                                "blood-eos",
                                BigDecimal.valueOf(450),
                                "cells/uL",
                                LocalDate.now().minusDays(1),
                                null)));
        Assessment afterTheChange = as.call(CLINICIAN, () -> assessments.assess(detail.id()));

        assertSame(first, again, "the same case version: the kept assessment");
        assertNotSame(first, afterTheChange, "a new case version: assessed again");
        assertEquals("NOT_ELIGIBLE", option(first, "reslizumab").status());
        assertNotEquals("NOT_ELIGIBLE", option(afterTheChange, "reslizumab").status(), "eosinophils 450 now count");
    }

    @Test
    void aRecordedCaseIsAssessedWithTheSeededRules() throws Exception {
        CaseDetail detail = eosinophilicCase();
        Assessment assessment = as.call(CLINICIAN, () -> assessments.assess(detail.id()));
        assertEquals("MET", assessment.refractory().orElseThrow().refractoryStatus());
        assertEquals(10, assessment.options().size(), "every therapy of severe asthma is an option");
        assertEquals("ELIGIBLE", option(assessment, "mepolizumab").status());
        assertEquals("NOT_ELIGIBLE", option(assessment, "reslizumab").status());
        assertEquals("INSUFFICIENT_DATA", option(assessment, "omalizumab").status(), "no IgE or weight yet");
        assertTrue(assessment
                .ruleVersions()
                .contains(MEPOLIZUMAB + " v"
                        + option(assessment, "mepolizumab")
                                .outcome()
                                .orElseThrow()
                                .rule()
                                .version()));
    }

    @Test
    void anotherTeamCannotAssessTheCase() throws Exception {
        CaseDetail detail = eosinophilicCase();
        assertThrows(NotFoundException.class, () -> as.call(OTHER_TEAM, () -> assessments.assess(detail.id())));
        assertThrows(
                EJBAccessException.class,
                () -> as.call(ADMIN, () -> assessments.assess(detail.id())),
                "administrators never see clinical data");
    }

    @Test
    void anAdministratorsEditAddsAVersionAndChangesTheResult() throws Exception {
        CaseDetail detail = eosinophilicCase();
        RuleDetail before = as.call(ADMIN, () -> administration.rule(MEPOLIZUMAB));
        String stricter = before.current().criteria().replace("\"threshold\":300", "\"threshold\":360");
        RuleDraft draft = new RuleDraft(
                before.current().name(),
                before.current().source(),
                before.current().articleSlug(),
                LocalDate.now(),
                stricter,
                null,
                null,
                null,
                "Local policy: eosinophils at least 360");

        RulePreview preview = as.call(ADMIN, () -> administration.preview(MEPOLIZUMAB, draft, "asthma-eosinophilic"));
        assertEquals("ELIGIBLE", preview.statusBefore());
        assertEquals("ELIGIBLE", preview.statusAfter(), "420 cells/uL pass either way");
        RulePreview boundary =
                as.call(ADMIN, () -> administration.preview(MEPOLIZUMAB, draft, "asthma-eos-boundary-300"));
        assertEquals("NOT_ELIGIBLE", boundary.statusAfter(), "300 no longer passes");
        assertEquals(
                before.currentVersion(),
                as.call(ADMIN, () -> administration.rule(MEPOLIZUMAB)).currentVersion(),
                "a preview saves nothing");

        RuleDetail after = as.call(ADMIN, () -> administration.revise(MEPOLIZUMAB, before.currentVersion(), draft));
        try {
            assertEquals(before.currentVersion() + 1, after.currentVersion());
            assertEquals("admin", after.history().get(0).createdBy());
            assertEquals(before.history().size() + 1, after.history().size(), "the old version is kept");
            Assessment assessment = as.call(CLINICIAN, () -> assessments.assess(detail.id()));
            var mepolizumab = option(assessment, "mepolizumab");
            assertEquals("NOT_ELIGIBLE", mepolizumab.status(), "350 is below the new 360");
            assertEquals(
                    after.currentVersion(),
                    mepolizumab.outcome().orElseThrow().rule().version());

            ConflictException stale = assertThrows(
                    ConflictException.class,
                    () -> as.call(ADMIN, () -> administration.revise(MEPOLIZUMAB, before.currentVersion(), draft)));
            assertEquals("admin", stale.getSavedBy());
        } finally {
            RuleDraft restore = new RuleDraft(
                    before.current().name(),
                    before.current().source(),
                    before.current().articleSlug(),
                    before.current().effectiveFrom(),
                    before.current().criteria(),
                    null,
                    null,
                    null,
                    "Back to NICE TA671");
            as.call(ADMIN, () -> administration.revise(MEPOLIZUMAB, after.currentVersion(), restore));
        }
        assertEquals(
                "ELIGIBLE",
                option(as.call(CLINICIAN, () -> assessments.assess(detail.id())), "mepolizumab")
                        .status());
    }

    @Test
    void anInvalidEditIsRefusedWithTheField() throws Exception {
        RuleDetail before = as.call(ADMIN, () -> administration.rule(MEPOLIZUMAB));
        RuleDraft broken = new RuleDraft(
                before.current().name(),
                before.current().source(),
                null,
                LocalDate.now(),
                before.current().criteria(),
                null,
                null,
                null,
                " ");
        Exception thrown = assertThrows(
                Exception.class,
                () -> as.call(ADMIN, () -> administration.revise(MEPOLIZUMAB, before.currentVersion(), broken)));
        // The service throws it unwrapped; the test's own AsUser bean (in the WAR) wraps it as a system exception.
        Throwable refused = thrown instanceof jakarta.ejb.EJBException ? thrown.getCause() : thrown;
        assertTrue(refused instanceof InvalidInputException, thrown.toString());
        assertEquals("changeNote", ((InvalidInputException) refused).field());
        assertEquals(
                before.currentVersion(),
                as.call(ADMIN, () -> administration.rule(MEPOLIZUMAB)).currentVersion());
    }

    @Test
    void aRunningBiologicPastItsReviewDateIsMarkedWithItsResponse() throws Exception {
        LocalDate today = LocalDate.now();
        NewCase request = new NewCase(
                new PatientRequest(null, 1966, "M"),
                "severe-asthma",
                "respiratory",
                null,
                "Benralizumab for 13 months",
                List.of(
                        new ObservationRequest(
                                "exacerbations-12m", BigDecimal.valueOf(6), "count", today.minusMonths(14), null),
                        new ObservationRequest(
                                "exacerbations-12m", BigDecimal.valueOf(2), "count", today.minusDays(10), null)),
                List.of(new TreatmentLineRequest(
                        "benralizumab",
                        "30 mg every 8 weeks",
                        today.minusMonths(13),
                        null,
                        "PARTIAL",
                        null,
                        true,
                        "Clinic",
                        null,
                        null,
                        null)),
                List.of());
        CaseDetail reviewed = as.call(CLINICIAN, () -> cases.create(request));
        CaseDetail notReviewed = eosinophilicCase();

        Map<Long, ReviewMarker> markers = as.call(
                CLINICIAN,
                () -> reviews.markers(
                        Map.of(reviewed.id(), reviewed.version(), notReviewed.id(), notReviewed.version())));
        ReviewMarker marker = markers.get(reviewed.id());
        assertEquals("benralizumab", marker.therapy());
        assertEquals(today.minusMonths(13).plusWeeks(52), marker.dueOn());
        assertEquals("MET", marker.response(), "6 → 2 exacerbations: −66.7 %");
        assertFalse(markers.containsKey(notReviewed.id()), "no biologic running");

        List<Assessment.ResponseReview> header =
                as.call(CLINICIAN, () -> assessments.dueReviews(cases.get(reviewed.id())));
        Assessment assessment = as.call(CLINICIAN, () -> assessments.assess(reviewed.id()));
        assertEquals(1, assessment.dueReviews().size(), "the case page shows the same review");
        assertEquals(assessment.dueReviews(), header, "the header's reviews, computed alone, are the assessment's");
        assertEquals(
                marker,
                as.call(CLINICIAN, () -> reviews.markers(Map.of(reviewed.id(), reviewed.version())))
                        .get(reviewed.id()),
                "the same marker again, now kept for this version of the case");
        assertTrue(
                as.call(OTHER_TEAM, () -> reviews.markers(Map.of(reviewed.id(), reviewed.version())))
                        .isEmpty(),
                "another team learns nothing about the case, though its marker is kept");

        long changed = as.call(
                CLINICIAN,
                () -> records.addObservation(
                        reviewed.id(),
                        reviewed.version(),
                        new ObservationRequest("exacerbations-12m", BigDecimal.valueOf(6), "count", today, null)));
        ReviewMarker afterChange = as.call(CLINICIAN, () -> reviews.markers(Map.of(reviewed.id(), changed)))
                .get(reviewed.id());
        assertNotEquals(
                "MET", afterChange.response(), "a new measurement (6 exacerbations) changes the marker at once");
        assertEquals(
                afterChange.response(),
                as.call(CLINICIAN, () -> assessments.dueReviews(cases.get(reviewed.id())))
                        .get(0)
                        .outcome()
                        .refractoryStatus(),
                "the case page's header, computed alone, agrees");
        assertEquals(
                as.call(CLINICIAN, () -> assessments.assess(reviewed.id()))
                        .dueReviews()
                        .get(0)
                        .outcome()
                        .refractoryStatus(),
                afterChange.response(),
                "the worklist's marker agrees with the case page");
    }

    @Test
    void cliniciansCannotEditRules() {
        assertThrows(EJBAccessException.class, () -> as.call(CLINICIAN, () -> administration.rules()));
    }
}
