package org.refract.it.casework;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.refract.it.casework.CaseRequests.ADMIN;
import static org.refract.it.casework.CaseRequests.NEUROMUSCULAR_CLINICIAN;
import static org.refract.it.casework.CaseRequests.RESPIRATORY_CLINICIAN;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import java.util.List;
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
import org.refract.service.casework.CaseHistoryService;
import org.refract.service.casework.CaseService;
import org.refract.service.casework.ClinicalRecordService;
import org.refract.service.casework.FindingRequest;
import org.refract.service.casework.WorklistPage;
import org.refract.service.casework.WorklistQuery;
import org.refract.service.casework.WorklistService;
import org.refract.service.shared.NotFoundException;

/**
 * A case belongs to its team: another team's clinician cannot tell it from a case that does not exist, and an
 * administrator reaches no clinical data at all.
 */
@DatabaseSensitive
@ExtendWith(ArquillianExtension.class)
class CaseTeamScopingIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.portalWithTests();
    }

    @EJB
    AsUser as;

    @EJB
    CaseService cases;

    @EJB
    WorklistService worklist;

    @EJB
    ClinicalRecordService record;

    @EJB
    CaseHistoryService history;

    CaseDetail respiratoryCase;

    @BeforeEach
    void respiratoryTeamHasACase() throws Exception {
        respiratoryCase =
                as.call(RESPIRATORY_CLINICIAN, () -> cases.create(CaseRequests.severeAsthma("Respiratory team only")));
    }

    @Test
    void ownTeamSeesTheCaseWithTheCallerAsAuthor() throws Exception {
        CaseDetail seen = as.call(RESPIRATORY_CLINICIAN, () -> cases.get(respiratoryCase.id()));
        assertEquals("respiratory", seen.teamCode());
        assertEquals(RESPIRATORY_CLINICIAN, seen.createdBy());
        assertEquals(RESPIRATORY_CLINICIAN, seen.clinicianUsername());
    }

    @Test
    void otherTeamGetsNotFoundExactlyAsForAMissingCase() throws Exception {
        long id = respiratoryCase.id();
        long version = respiratoryCase.version();
        NotFoundException foreign =
                assertThrows(NotFoundException.class, () -> as.call(NEUROMUSCULAR_CLINICIAN, () -> cases.get(id)));
        NotFoundException missing = assertThrows(
                NotFoundException.class, () -> as.call(NEUROMUSCULAR_CLINICIAN, () -> cases.get(Long.MAX_VALUE)));
        assertEquals(
                missing.getMessage().replace(String.valueOf(Long.MAX_VALUE), "#"),
                foreign.getMessage().replace(String.valueOf(id), "#"),
                "the message does not leak the case");

        List<Executable> everyCaseOperation = List.of(
                () -> as.call(NEUROMUSCULAR_CLINICIAN, () -> cases.open(id)),
                () -> as.call(NEUROMUSCULAR_CLINICIAN, () -> cases.describe(id, version, "Taken over", "x", null)),
                () -> as.call(
                        NEUROMUSCULAR_CLINICIAN, () -> cases.changeStatus(id, version, CaseStatus.READY_FOR_REVIEW)),
                () -> as.call(NEUROMUSCULAR_CLINICIAN, () -> cases.clinicianOptions(id)),
                () -> as.call(
                        NEUROMUSCULAR_CLINICIAN,
                        () -> record.addObservation(
                                id, version, CaseRequests.observation("blood-eos", 100, "cells/uL", 1))),
                () -> as.call(
                        NEUROMUSCULAR_CLINICIAN,
                        () -> record.assessFactor(
                                id, version, new FindingRequest("adherence", "SUSPECTED", null, null))),
                () -> as.call(NEUROMUSCULAR_CLINICIAN, () -> history.history(id)),
                () -> as.call(NEUROMUSCULAR_CLINICIAN, () -> history.viewLog(id)),
                () -> as.call(NEUROMUSCULAR_CLINICIAN, () -> history.historyAndViews(id, 30)));
        for (Executable operation : everyCaseOperation) {
            assertThrows(NotFoundException.class, operation);
        }
        CaseDetail unchanged = as.call(RESPIRATORY_CLINICIAN, () -> cases.get(id));
        assertEquals(version, unchanged.version(), "nothing was changed by the other team");
        assertTrue(as.call(RESPIRATORY_CLINICIAN, () -> history.viewLog(id)).isEmpty(), "nor logged as viewed");
    }

    @Test
    void otherTeamsWorklistHoldsNoneOfTheCases() throws Exception {
        as.call(RESPIRATORY_CLINICIAN, () -> cases.create(CaseRequests.severeAsthma("Second respiratory case")));
        WorklistPage neuro = as.call(NEUROMUSCULAR_CLINICIAN, () -> worklist.find(WorklistQuery.firstPage()));
        assertTrue(neuro.rows().stream().noneMatch(r -> r.teamCode().equals("respiratory")), neuro.rows()::toString);
        WorklistPage asked = as.call(
                NEUROMUSCULAR_CLINICIAN,
                () -> worklist.find(
                        new WorklistQuery("severe-asthma", null, "respiratory", null, null, null, false, 0, 25)));
        assertEquals(0, asked.total(), "naming the other team's filters shows nothing either");
        assertTrue(asked.rows().isEmpty());
        assertTrue(asked.statusCounts().values().stream().allMatch(n -> n == 0), "not even in the status counts");

        WorklistPage own = as.call(RESPIRATORY_CLINICIAN, () -> worklist.find(WorklistQuery.firstPage()));
        assertTrue(own.total() >= 2);
        assertTrue(own.rows().stream().anyMatch(r -> r.id() == respiratoryCase.id()));
    }

    @Test
    void administratorIsRefusedEveryCaseworkService() {
        long id = respiratoryCase.id();
        long version = respiratoryCase.version();
        List<Executable> everyOperation = List.of(
                () -> as.call(ADMIN, () -> cases.create(CaseRequests.severeAsthma("By an administrator"))),
                () -> as.call(ADMIN, () -> cases.get(id)),
                () -> as.call(ADMIN, () -> cases.open(id)),
                () -> as.call(ADMIN, () -> cases.describe(id, version, "Renamed", null, null)),
                () -> as.call(ADMIN, () -> cases.changeStatus(id, version, CaseStatus.READY_FOR_REVIEW)),
                () -> as.call(ADMIN, () -> cases.clinicianOptions(id)),
                () -> as.call(ADMIN, () -> worklist.find(WorklistQuery.firstPage())),
                () -> as.call(
                        ADMIN,
                        () -> record.addObservation(
                                id, version, CaseRequests.observation("blood-eos", 100, "cells/uL", 1))),
                () -> as.call(ADMIN, () -> record.removeObservation(id, version, 1L)),
                () -> as.call(
                        ADMIN,
                        () -> record.addTreatmentLine(
                                id, version, CaseRequests.line("omalizumab", 100, null, "UNKNOWN"))),
                () -> as.call(
                        ADMIN,
                        () -> record.updateTreatmentLine(
                                id, version, 1L, CaseRequests.line("omalizumab", 100, null, "UNKNOWN"))),
                () -> as.call(
                        ADMIN,
                        () -> record.assessFactor(
                                id, version, new FindingRequest("adherence", "SUSPECTED", null, null))),
                () -> as.call(ADMIN, () -> history.history(id)),
                () -> as.call(ADMIN, () -> history.viewLog(id)));
        for (Executable operation : everyOperation) {
            assertThrows(EJBAccessException.class, operation);
        }
    }
}
