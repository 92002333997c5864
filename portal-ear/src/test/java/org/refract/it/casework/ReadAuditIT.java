package org.refract.it.casework;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.refract.it.casework.CaseRequests.ADMIN;
import static org.refract.it.casework.CaseRequests.NEUROMUSCULAR_CLINICIAN;
import static org.refract.it.casework.CaseRequests.RESPIRATORY_CLINICIAN;
import static org.refract.it.casework.CaseRequests.RESPIRATORY_PHARMACIST;

import jakarta.ejb.EJB;
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

/**
 * Reads are audited (issue 14, finding 6): the API's reads of a case and of its assessment write the case's view log
 * like the case page, a refused read writes nothing, and a FHIR download is an export in the security log.
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
    SecurityEventService securityEvents;

    @Test
    void theApisReadsOfACaseAndOfItsAssessmentAreInTheViewLog() throws Exception {
        long id = as.call(RESPIRATORY_CLINICIAN, () -> cases.create(CaseRequests.severeAsthma("API read")))
                .id();
        ApiClient pharmacist = api(RESPIRATORY_PHARMACIST);

        assertEquals(200, pharmacist.get("cases/" + id).statusCode());
        assertEquals(List.of(RESPIRATORY_PHARMACIST), viewers(id));

        assertEquals(200, pharmacist.get("cases/" + id + "/assessment").statusCode());
        assertEquals(List.of(RESPIRATORY_PHARMACIST, RESPIRATORY_PHARMACIST), viewers(id));

        assertEquals(404, api(NEUROMUSCULAR_CLINICIAN).get("cases/" + id).statusCode());
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

    private List<String> viewers(long id) throws Exception {
        return as.call(RESPIRATORY_CLINICIAN, () -> history.viewLog(id)).stream()
                .map(CaseViewRow::username)
                .toList();
    }

    private static ApiClient api(String username) throws Exception {
        return ApiClient.as(PortalSession.portalOfThisServer().toURL(), username, PASSWORD);
    }
}
