package org.refract.it.trial;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.refract.domain.decision.Assessment;
import org.refract.domain.decision.CriteriaJson;
import org.refract.domain.decision.Criterion;
import org.refract.domain.decision.RuleDraft;
import org.refract.domain.decision.TrialStatus;
import org.refract.it.AsUser;
import org.refract.it.Deployments;
import org.refract.service.casework.CaseDetail;
import org.refract.service.casework.CaseService;
import org.refract.service.casework.NewCase;
import org.refract.service.casework.ObservationRequest;
import org.refract.service.casework.PatientRequest;
import org.refract.service.casework.TreatmentLineRequest;
import org.refract.service.decision.AssessmentService;
import org.refract.service.decision.RuleAdministrationService;
import org.refract.service.decision.RuleDetail;
import org.refract.service.shared.ConflictException;
import org.refract.service.shared.FieldError;
import org.refract.service.shared.InvalidRequestException;
import org.refract.service.trial.TrialAdministrationService;
import org.refract.service.trial.TrialDetail;

/**
 * Clinical trials through the services: the seeded trials in a myasthenia case's assessment, a trial registered by
 * an administrator with its eligibility rule edited like every rule, status changes that take a trial out of the
 * assessment, field-by-field refusals, version conflicts named, the audit trail and the administrator-only access.
 */
@ExtendWith(ArquillianExtension.class)
class TrialAdministrationIT {

    private static final String ADMIN = "admin";
    private static final String CLINICIAN = "neuro.neuro";
    private static final AtomicLong NUMBER = new AtomicLong(90_000_000 + System.currentTimeMillis() % 1_000_000);

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.portalWithTests();
    }

    @EJB
    AsUser as;

    @EJB
    TrialAdministrationService trials;

    @EJB
    RuleAdministrationService rules;

    @EJB
    CaseService cases;

    @EJB
    AssessmentService assessments;

    @PersistenceContext
    EntityManager em;

    /** Refractory AChR-positive generalised myasthenia: two immunosuppressants failed, MGFA IIIa, MG-ADL 9, QMG 16. */
    private CaseDetail refractoryMyasthenia(int birthYear) throws Exception {
        LocalDate today = LocalDate.now();
        LocalDate measured = today.minusDays(14);
        NewCase request = new NewCase(
                new PatientRequest(null, birthYear, "F"),
                "myasthenia-gravis",
                "neuromuscular",
                null,
                "AChR-positive generalised myasthenia despite azathioprine and mycophenolate",
                List.of(
                        new ObservationRequest("achr-ab", BigDecimal.ONE, null, measured, null),
                        new ObservationRequest("mgfa-class", "IIIa", "class", measured, null),
                        new ObservationRequest("mg-adl", BigDecimal.valueOf(9), null, measured, null),
                        new ObservationRequest("qmg", BigDecimal.valueOf(16), null, measured, null)),
                List.of(failed("azathioprine", 4), failed("mycophenolate", 2)),
                List.of());
        return as.call(CLINICIAN, () -> cases.create(request));
    }

    private static TreatmentLineRequest failed(String therapy, int yearsAgo) {
        LocalDate start = LocalDate.now().minusYears(yearsAgo);
        return new TreatmentLineRequest(
                therapy,
                "standard dose",
                start,
                start.plusMonths(18),
                "NONE",
                "No response",
                true,
                "Pharmacy records",
                null,
                true,
                null);
    }

    private static Optional<Assessment.TrialMatch> trial(Assessment assessment, String registryId) {
        return assessment.trials().stream()
                .filter(t -> t.registryId().equals(registryId))
                .findFirst();
    }

    private static String newRegistryId() {
        return "NCT" + NUMBER.incrementAndGet();
    }

    private static TrialDetail request(String registryId, String title, TrialStatus status, long version) {
        return new TrialDetail(
                registryId, title, "myasthenia-gravis", status, "Hospital A\nHospital B", "", null, 0, version);
    }

    @Test
    void theSeededTrialsAppearWithEachCriterionForACaseTheyFit() throws Exception {
        CaseDetail detail = refractoryMyasthenia(1978);
        Assessment assessment = as.call(CLINICIAN, () -> assessments.assess(detail.id()));

        Assessment.TrialMatch carT = trial(assessment, "NCT05828225").orElseThrow();
        assertEquals("ELIGIBLE", carT.result(), carT.eligibility().criteria().toString());
        assertEquals(TrialStatus.RECRUITING, carT.status());
        assertEquals("https://clinicaltrials.gov/study/NCT05828225", carT.link());
        assertTrue(carT.eligibility().criteria().stream()
                .anyMatch(c -> c.text().equals("QMG above 11") && c.value().contains("16")));
        assertEquals(
                "ELIGIBLE", trial(assessment, "NCT06371040").orElseThrow().result(), "two immunosuppressants failed");
        assertTrue(
                assessment.ruleVersions().contains("trial:NCT05828225 v1"),
                "the trial's rule version is cited like every rule's");
        assertTrue(assessment.trials().stream().allMatch(t -> t.status().isOpen()));
        assertFalse(trial(assessment, "NCT04408638").isPresent(), "a lymphoma trial is not offered for myasthenia");
    }

    @Test
    void aRegisteredTrialIsAssessedByItsOwnVersionedRuleUntilItCloses() throws Exception {
        String registryId = newRegistryId();
        TrialDetail created = as.call(
                ADMIN,
                () -> trials.register(request(
                        registryId, "Investigational therapy in refractory myasthenia", TrialStatus.RECRUITING, 0)));
        assertEquals("trial:" + registryId, created.ruleCode());
        assertEquals(1, created.ruleVersion());
        assertEquals("https://clinicaltrials.gov/study/" + registryId, created.link(), "the registry page by default");

        CaseDetail older = refractoryMyasthenia(1950);
        assertEquals(
                "ELIGIBLE",
                trial(as.call(CLINICIAN, () -> assessments.assess(older.id())), registryId)
                        .orElseThrow()
                        .result(),
                "version 1 asks only for an adult");

        RuleDetail rule = as.call(ADMIN, () -> rules.rule(created.ruleCode()));
        Criterion upTo65 = Criterion.Group.allOf(
                null,
                new Criterion.Age("Aged 18 to 65", 18, 65),
                new Criterion.TestResult("AChR antibody positive", "achr-ab", true));
        as.call(
                ADMIN,
                () -> rules.revise(
                        created.ruleCode(),
                        rule.currentVersion(),
                        new RuleDraft(
                                rule.current().name(),
                                "ClinicalTrials.gov " + registryId,
                                null,
                                LocalDate.now(),
                                CriteriaJson.write(upTo65),
                                null,
                                null,
                                null,
                                "Eligibility as registered")));
        Assessment.TrialMatch tooOld = trial(as.call(CLINICIAN, () -> assessments.assess(older.id())), registryId)
                .orElseThrow();
        assertEquals("NOT_ELIGIBLE", tooOld.result());
        assertEquals(2, tooOld.eligibility().rule().version());

        TrialDetail current = as.call(ADMIN, () -> trials.trial(registryId));
        assertEquals(2, current.ruleVersion());
        as.call(
                ADMIN,
                () -> trials.revise(
                        registryId,
                        current.version(),
                        request(registryId, current.title(), TrialStatus.COMPLETED, current.version())));
        assertFalse(
                trial(as.call(CLINICIAN, () -> assessments.assess(older.id())), registryId)
                        .isPresent(),
                "a completed trial is no longer offered");

        Number audited = (Number) em.createNativeQuery("select count(*) from clinical_trial_aud where registry_id = ?1")
                .setParameter(1, registryId)
                .getSingleResult();
        assertEquals(2, audited.intValue(), "registered, then closed");
    }

    @Test
    void badInputIsRefusedFieldByFieldAndNothingIsStored() throws Exception {
        int before = as.call(ADMIN, () -> trials.trials()).size();
        InvalidRequestException refused = assertThrows(
                InvalidRequestException.class,
                () -> as.call(
                        ADMIN,
                        () -> trials.register(new TrialDetail(
                                "NCT123", " ", "no-such-condition", null, null, "ftp://example.org", null, 0, 0))));
        assertEquals(
                List.of("registryId", "condition", "title", "status"),
                refused.getErrors().stream().map(FieldError::field).toList());
        InvalidRequestException duplicate = assertThrows(
                InvalidRequestException.class,
                () -> as.call(
                        ADMIN, () -> trials.register(request("nct 05828225", "Again", TrialStatus.RECRUITING, 0))));
        assertEquals("registryId", duplicate.getErrors().get(0).field());
        assertTrue(duplicate.getErrors().get(0).message().contains("NCT05828225"));
        assertEquals(before, as.call(ADMIN, () -> trials.trials()).size());

        String registryId = newRegistryId();
        TrialDetail created =
                as.call(ADMIN, () -> trials.register(request(registryId, "Link check", TrialStatus.RECRUITING, 0)));
        InvalidRequestException badLink = assertThrows(
                InvalidRequestException.class,
                () -> as.call(
                        ADMIN,
                        () -> trials.revise(
                                registryId,
                                created.version(),
                                new TrialDetail(
                                        registryId,
                                        "Link check",
                                        null,
                                        TrialStatus.RECRUITING,
                                        null,
                                        "javascript:alert(1)",
                                        null,
                                        0,
                                        created.version()))));
        assertEquals("link", badLink.getErrors().get(0).field());
    }

    @Test
    void aSaveOnAStaleVersionIsRefusedNamingWhoSavedFirst() throws Exception {
        String registryId = newRegistryId();
        TrialDetail opened =
                as.call(ADMIN, () -> trials.register(request(registryId, "Conflict check", TrialStatus.RECRUITING, 0)));
        as.call(
                ADMIN,
                () -> trials.revise(
                        registryId,
                        opened.version(),
                        request(registryId, "Conflict check", TrialStatus.SUSPENDED, opened.version())));
        ConflictException conflict = assertThrows(
                ConflictException.class,
                () -> as.call(
                        ADMIN,
                        () -> trials.revise(
                                registryId,
                                opened.version(),
                                request(
                                        registryId,
                                        "Conflict check (mine)",
                                        TrialStatus.RECRUITING,
                                        opened.version()))));
        assertEquals("admin", conflict.getSavedBy());
        assertTrue(conflict.getMessage().contains("admin"), conflict.getMessage());
        assertEquals(
                TrialStatus.SUSPENDED,
                as.call(ADMIN, () -> trials.trial(registryId)).status(),
                "the first save stands");
    }

    @Test
    void onlyAdministratorsKeepTheList() {
        assertThrows(EJBAccessException.class, () -> as.call(CLINICIAN, () -> trials.trials()));
        assertThrows(
                EJBAccessException.class,
                () -> as.call(
                        CLINICIAN, () -> trials.register(request(newRegistryId(), "x", TrialStatus.RECRUITING, 0))));
    }
}
