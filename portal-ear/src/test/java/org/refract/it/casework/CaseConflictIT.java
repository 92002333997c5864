package org.refract.it.casework;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.refract.it.casework.CaseRequests.RESPIRATORY_CLINICIAN;
import static org.refract.it.casework.CaseRequests.RESPIRATORY_PHARMACIST;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;
import org.refract.domain.casework.CaseStatus;
import org.refract.it.AsUser;
import org.refract.it.DatabaseSensitive;
import org.refract.it.Deployments;
import org.refract.service.casework.CaseDetail;
import org.refract.service.casework.CaseService;
import org.refract.service.casework.ClinicalRecordService;
import org.refract.service.casework.FindingRequest;
import org.refract.service.shared.ConflictException;

/**
 * Two people change the same case: the second save, prepared on the version both saw, is refused with the name of
 * the first saver and the time, and nothing of it is stored. Also when both saves really run at the same time.
 */
@DatabaseSensitive
@ExtendWith(ArquillianExtension.class)
class CaseConflictIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.portalWithTests();
    }

    @EJB
    AsUser as;

    @EJB
    CaseService cases;

    @EJB
    ClinicalRecordService record;

    @EJB
    PreparedChange preparedChange;

    @Resource(lookup = "java:comp/DefaultManagedExecutorService")
    ManagedExecutorService executor;

    CaseDetail opened;

    @BeforeEach
    void bothUsersOpenTheSameCase() throws Exception {
        opened = as.call(RESPIRATORY_CLINICIAN, () -> cases.create(CaseRequests.severeAsthma("Before anyone")));
    }

    @Test
    void secondChangeOnTheSameVersionNamesTheFirstSaver() throws Exception {
        long id = opened.id();
        long seen = opened.version();
        CaseDetail first = as.call(
                RESPIRATORY_PHARMACIST, () -> cases.describe(id, seen, opened.title(), "Pharmacist's review", null));
        assertEquals(seen + 1, first.version());

        ConflictException conflict = assertThrows(
                ConflictException.class,
                () -> as.call(
                        RESPIRATORY_CLINICIAN,
                        () -> cases.describe(id, seen, opened.title(), "Clinician's summary", null)));
        assertConflictNames(conflict, RESPIRATORY_PHARMACIST, first.updatedAt());

        CaseDetail after = as.call(RESPIRATORY_CLINICIAN, () -> cases.get(id));
        assertEquals("Pharmacist's review", after.summary(), "the first save stands");
        assertEquals(first.version(), after.version(), "the refused save wrote nothing");
    }

    @Test
    void everyKindOfChangeIsRefusedOnAStaleVersion() throws Exception {
        long id = opened.id();
        long seen = opened.version();
        long lineId = opened.treatmentLines().get(0).id();
        long observationId = opened.observations().get(0).id();
        long current = as.call(
                RESPIRATORY_PHARMACIST,
                () -> record.addObservation(id, seen, CaseRequests.observation("feno", 45, "ppb", 2)));
        assertTrue(current > seen, "adding a measurement moves the case version on");

        List<Executable> stale = List.of(
                () -> as.call(
                        RESPIRATORY_CLINICIAN,
                        () -> record.addObservation(id, seen, CaseRequests.observation("act", 14, "points", 1))),
                () -> as.call(RESPIRATORY_CLINICIAN, () -> record.removeObservation(id, seen, observationId)),
                () -> as.call(
                        RESPIRATORY_CLINICIAN,
                        () -> record.addTreatmentLine(id, seen, CaseRequests.line("omalizumab", 90, null, "UNKNOWN"))),
                () -> as.call(
                        RESPIRATORY_CLINICIAN,
                        () -> record.updateTreatmentLine(
                                id, seen, lineId, CaseRequests.line("high-dose-ics-laba", 400, null, "PARTIAL"))),
                () -> as.call(
                        RESPIRATORY_CLINICIAN,
                        () -> record.assessFactor(id, seen, new FindingRequest("adherence", "SUSPECTED", null, null))),
                () -> as.call(RESPIRATORY_CLINICIAN, () -> cases.changeStatus(id, seen, CaseStatus.READY_FOR_REVIEW)));
        for (Executable change : stale) {
            ConflictException conflict = assertThrows(ConflictException.class, change);
            assertEquals(RESPIRATORY_PHARMACIST, conflict.getSavedBy());
        }
        CaseDetail after = as.call(RESPIRATORY_CLINICIAN, () -> cases.get(id));
        assertEquals(current, after.version(), "none of the refused changes was stored");
        assertEquals(opened.observations().size() + 1, after.observations().size());
        assertEquals(opened.treatmentLines().size(), after.treatmentLines().size());
        assertEquals(CaseStatus.DRAFT, after.status());
    }

    @Test
    void racingSavesEndAsAConflictNotAnOverwrite() throws Exception {
        long id = opened.id();
        CountDownLatch clinicianRead = new CountDownLatch(1);
        CountDownLatch pharmacistSaved = new CountDownLatch(1);
        Future<CaseDetail> clinician = executor.submit(() -> as.call(
                RESPIRATORY_CLINICIAN,
                () -> preparedChange.describeAfter(id, "Clinician's summary", clinicianRead, pharmacistSaved)));
        assertTrue(clinicianRead.await(30, TimeUnit.SECONDS), "the clinician's transaction has read the case");

        CaseDetail pharmacist = as.call(
                RESPIRATORY_PHARMACIST,
                () -> cases.describe(id, opened.version(), opened.title(), "Pharmacist's review", null));
        pharmacistSaved.countDown();

        ExecutionException failed = assertThrows(ExecutionException.class, () -> clinician.get(60, TimeUnit.SECONDS));
        assertTrue(failed.getCause() instanceof ConflictException, () -> "a conflict, not " + failed.getCause());
        assertConflictNames((ConflictException) failed.getCause(), RESPIRATORY_PHARMACIST, pharmacist.updatedAt());

        CaseDetail after = as.call(RESPIRATORY_CLINICIAN, () -> cases.get(id));
        assertEquals("Pharmacist's review", after.summary(), "the first save was not overwritten");
        assertEquals(pharmacist.version(), after.version());
    }

    private static void assertConflictNames(ConflictException conflict, String savedBy, Instant savedAt) {
        assertEquals(savedBy, conflict.getSavedBy());
        assertTrue(
                Duration.between(savedAt, conflict.getSavedAt()).abs().toMillis() < 1000,
                () -> "saved at " + savedAt + ", reported " + conflict.getSavedAt());
        assertTrue(conflict.getMessage().contains(savedBy), conflict.getMessage());
        assertTrue(conflict.getMessage().contains("Your input is kept"), conflict.getMessage());
    }
}
