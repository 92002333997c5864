package org.refract.it.casework;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.refract.it.casework.CaseRequests.NEUROMUSCULAR_CLINICIAN;
import static org.refract.it.casework.CaseRequests.RESPIRATORY_CLINICIAN;

import jakarta.ejb.EJB;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.refract.it.AsUser;
import org.refract.it.Deployments;
import org.refract.it.PortalSession;
import org.refract.service.casework.CaseDetail;
import org.refract.service.casework.CaseHistoryService;
import org.refract.service.casework.CaseService;
import org.refract.service.casework.CaseViewRow;

/**
 * The case page's "Export as FHIR" download ({@code /cases/fhir?id=N}): the API's Bundle for a signed-in member of
 * the case's team, recorded in the case's view log; "not found" for anyone else, the login page without a session.
 */
@ExtendWith(ArquillianExtension.class)
class CaseFhirDownloadIT {

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

    @Test
    void aMemberOfTheTeamDownloadsTheBundleAndTheReadIsLogged() throws Exception {
        CaseDetail created = as.call(RESPIRATORY_CLINICIAN, () -> cases.create(CaseRequests.fullSevereAsthma()));
        URI portal = PortalSession.portalOfThisServer();
        PortalSession session = PortalSession.logIn(portal, RESPIRATORY_CLINICIAN, PASSWORD);

        HttpResponse<String> download = session.get("cases/fhir?id=" + created.id());

        assertEquals(200, download.statusCode(), download.body());
        assertTrue(download.headers().firstValue("Content-Type").orElse("").startsWith("application/fhir+json"));
        assertEquals(
                "attachment; filename=\"case-" + created.id() + ".fhir.json\"",
                download.headers().firstValue("Content-Disposition").orElse(""));
        assertTrue(download.body().contains("\"resourceType\": \"Bundle\""), download.body());
        assertTrue(download.body().contains("\"" + created.pseudonym() + "\""), "the pseudonym as identifier");
        List<CaseViewRow> views = as.call(RESPIRATORY_CLINICIAN, () -> history.viewLog(created.id()));
        assertEquals(
                List.of(RESPIRATORY_CLINICIAN),
                views.stream().map(CaseViewRow::username).toList());
    }

    @Test
    void anotherTeamGetsNotFoundAndNoSessionGetsTheLoginPage() throws Exception {
        CaseDetail created = as.call(RESPIRATORY_CLINICIAN, () -> cases.create(CaseRequests.severeAsthma("FHIR")));
        URI portal = PortalSession.portalOfThisServer();

        HttpResponse<String> other =
                PortalSession.logIn(portal, NEUROMUSCULAR_CLINICIAN, PASSWORD).get("cases/fhir?id=" + created.id());
        assertEquals(404, other.statusCode());

        HttpResponse<String> anonymous = java.net.http.HttpClient.newHttpClient()
                .send(
                        java.net.http.HttpRequest.newBuilder(portal.resolve("cases/fhir?id=" + created.id()))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertEquals(302, anonymous.statusCode());
        assertTrue(anonymous.headers().firstValue("Location").orElse("").contains("login.xhtml"));
        assertTrue(as.call(RESPIRATORY_CLINICIAN, () -> history.viewLog(created.id()))
                .isEmpty());
    }
}
