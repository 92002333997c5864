package org.refract.it.casework;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.refract.it.casework.CaseRequests.ADMIN;
import static org.refract.it.casework.CaseRequests.NEUROMUSCULAR_CLINICIAN;
import static org.refract.it.casework.CaseRequests.RESPIRATORY_CLINICIAN;
import static org.refract.it.casework.CaseRequests.RESPIRATORY_PHARMACIST;

import jakarta.ejb.EJB;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.refract.domain.audit.SecurityEventKind;
import org.refract.it.AsUser;
import org.refract.it.Deployments;
import org.refract.it.PortalSession;
import org.refract.it.api.ApiClient;
import org.refract.service.audit.SecurityEventQuery;
import org.refract.service.audit.SecurityEventRow;
import org.refract.service.audit.SecurityEventService;
import org.refract.service.casework.CaseHistoryService;
import org.refract.service.casework.CaseService;
import org.refract.service.casework.CaseViewRow;
import org.refract.service.review.AgendaRow;
import org.refract.service.review.MeetingDetail;
import org.refract.service.review.MeetingRow;
import org.refract.service.review.MeetingScheduleService;

/**
 * Reads are audited (issue 14, finding 6): the case page writes a line in the view log once per opening of a case,
 * not once per tab (issue 16: each tab is a page of its own); the API's reads of a case and of its assessment write the case's view log
 * like the case page, a refused read writes nothing, and a FHIR download or an outcome letter is an export in the
 * security log (the letter also a view of its case). Opening a case within a caller's transaction leaves the caller's
 * unflushed change to the caller's commit: the opening runs in a transaction of its own that flushes nothing.
 */
@ExtendWith(ArquillianExtension.class)
class ReadAuditIT {

    private static final String PASSWORD = "refract-demo-2026";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.portalWithTests();
    }

    @EJB
    AsUser as;

    @EJB
    CaseService cases;

    @EJB
    CaseHistoryService history;

    @EJB
    ChangeAroundAnOpening changeAroundAnOpening;

    @EJB
    SecurityEventService securityEvents;

    @EJB
    MeetingScheduleService meetings;

    @Test
    void theCasePageLogsOneViewPerOpeningWhateverTabsItShows() throws Exception {
        long id = as.call(RESPIRATORY_CLINICIAN, () -> cases.create(CaseRequests.severeAsthma("Tabs read")))
                .id();
        long other = as.call(RESPIRATORY_CLINICIAN, () -> cases.create(CaseRequests.severeAsthma("Other read")))
                .id();
        PortalSession pharmacist =
                PortalSession.logIn(PortalSession.portalOfThisServer(), RESPIRATORY_PHARMACIST, PASSWORD);
        String page = "cases/case.xhtml?id=" + id;

        for (String tab : List.of("", "&tab=history", "&tab=measurements", "&tab=discussion", "")) {
            assertEquals(200, pharmacist.get(page + tab).statusCode(), tab);
        }
        assertEquals(List.of(RESPIRATORY_PHARMACIST), viewers(id), "tabs and a reload continue the opening");

        assertEquals(200, pharmacist.get("cases/case.xhtml?id=" + other).statusCode());
        assertEquals(200, pharmacist.get(page + "&tab=reviews").statusCode());
        assertEquals(
                List.of(RESPIRATORY_PHARMACIST, RESPIRATORY_PHARMACIST),
                viewers(id),
                "coming back after another case is a new opening, on whatever tab");
        assertEquals(List.of(RESPIRATORY_PHARMACIST), viewers(other));

        PortalSession again = PortalSession.logIn(PortalSession.portalOfThisServer(), RESPIRATORY_PHARMACIST, PASSWORD);
        assertEquals(200, again.get(page + "&tab=history").statusCode());
        assertEquals(3, viewers(id).size(), "another session's opening is one too");
        assertEquals(
                404,
                PortalSession.logIn(PortalSession.portalOfThisServer(), NEUROMUSCULAR_CLINICIAN, PASSWORD)
                        .get(page + "&tab=history")
                        .statusCode(),
                "another team's tab is not found either");
        assertEquals(3, viewers(id).size(), "and is no view");
    }

    @Test
    void openingACaseWithinAChangeLeavesTheChangeToItsCommit() throws Exception {
        long id = as.call(RESPIRATORY_CLINICIAN, () -> cases.create(CaseRequests.severeAsthma("Before the change")))
                .id();

        as.run(
                RESPIRATORY_CLINICIAN,
                () -> changeAroundAnOpening.retitleAndOpen(id, "After the change", RESPIRATORY_CLINICIAN));

        assertEquals(
                "After the change",
                as.call(RESPIRATORY_CLINICIAN, () -> cases.get(id)).title());
        assertEquals(List.of(RESPIRATORY_CLINICIAN), viewers(id), "the opening is in the view log");
    }

    @Test
    void theApisReadsOfACaseAndOfItsAssessmentAreInTheViewLog() throws Exception {
        long id = as.call(RESPIRATORY_CLINICIAN, () -> cases.create(CaseRequests.severeAsthma("API read")))
                .id();
        ApiClient pharmacist = api(RESPIRATORY_PHARMACIST);

        assertEquals(200, pharmacist.get("cases/" + id).statusCode());
        assertEquals(List.of(RESPIRATORY_PHARMACIST), viewers(id));

        assertEquals(200, pharmacist.get("cases/" + id + "/assessment").statusCode());
        assertEquals(List.of(RESPIRATORY_PHARMACIST, RESPIRATORY_PHARMACIST), viewers(id));

        assertEquals(2, viewers(id).size(), "another team's refused read is no view");
    }

    @Test
    void aFhirDownloadIsAnExportInTheSecurityLog() throws Exception {
        long id = as.call(RESPIRATORY_CLINICIAN, () -> cases.create(CaseRequests.severeAsthma("FHIR export")))
                .id();

        assertEquals(
                200, api(RESPIRATORY_CLINICIAN).get("cases/" + id + "/fhir").statusCode());

        List<SecurityEventRow> exports = as.call(
                        ADMIN,
                        () -> securityEvents.find(new SecurityEventQuery(
                                SecurityEventKind.EXPORT, RESPIRATORY_CLINICIAN, null, null, 0, 200)))
                .rows();
        assertTrue(exports.stream().anyMatch(e -> ("FHIR bundle of case " + id).equals(e.detail())), exports::toString);
        assertEquals(List.of(RESPIRATORY_CLINICIAN), viewers(id));
    }

    @Test
    void anOutcomeLetterDownloadIsAViewOfItsCaseAndAnExport() throws Exception {
        long[] signed = as.call("resp.chair", () -> {
            for (MeetingRow row : meetings.calendar(
                    LocalDate.now().minusYears(3), LocalDate.now().plusYears(1))) {
                MeetingDetail detail = meetings.get(row.id());
                for (AgendaRow item : detail.agenda()) {
                    if ("respiratory".equals(detail.teamCode()) && item.signed()) {
                        return new long[] {detail.id(), item.itemId(), item.caseId()};
                    }
                }
            }
            throw new AssertionError("no signed recommendation in the demo's respiratory meetings");
        });
        PortalSession session =
                PortalSession.logIn(PortalSession.portalOfThisServer(), RESPIRATORY_PHARMACIST, PASSWORD);

        HttpResponse<String> letter = session.get("meetings/letter.pdf?meeting=" + signed[0] + "&item=" + signed[1]);

        assertEquals(200, letter.statusCode());
        assertEquals(RESPIRATORY_PHARMACIST, viewers(signed[2]).get(0), "the newest line of the case's view log");
        assertTrue(as
                .call(
                        ADMIN,
                        () -> securityEvents.find(new SecurityEventQuery(
                                SecurityEventKind.EXPORT, RESPIRATORY_PHARMACIST, null, null, 0, 200)))
                .rows()
                .stream()
                .anyMatch(e -> e.detail().startsWith("outcome letter of case " + signed[2])));
    }

    private List<String> viewers(long id) throws Exception {
        return as.call(RESPIRATORY_CLINICIAN, () -> history.viewLog(id)).stream()
                .map(CaseViewRow::username)
                .toList();
    }

    private static ApiClient api(String username) throws Exception {
        return ApiClient.as(PortalSession.portalOfThisServer().toURL(), username, PASSWORD);
    }
}
