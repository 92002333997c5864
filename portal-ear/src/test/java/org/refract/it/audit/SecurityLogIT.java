package org.refract.it.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.atomic.AtomicLong;
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
import org.refract.service.audit.SecurityEventPage;
import org.refract.service.audit.SecurityEventQuery;
import org.refract.service.audit.SecurityEventService;

/**
 * The administrators' security log (issue 14, finding 6): failed and successful logins are kept in the database,
 * filtered by kind, account and time, paged in the database, on a page for administrators only.
 */
@ExtendWith(ArquillianExtension.class)
class SecurityLogIT {

    private static final String ADMIN = "admin";
    private static final String CLINICIAN = "resp.pulm";
    private static final String PASSWORD = "refract-demo-2026";
    private static final AtomicLong SEQUENCE = new AtomicLong(System.currentTimeMillis() % 1_000_000);

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.portalWithTests();
    }

    @EJB
    AsUser as;

    @EJB
    SecurityEventService events;

    @Test
    void failedLoginsAreKeptAndAdministratorsFilterThem() throws Exception {
        String stranger = "it.nobody" + SEQUENCE.incrementAndGet();
        URI portal = PortalSession.portalOfThisServer();
        assertEquals(
                401,
                ApiClient.as(portal.toURL(), stranger, "wrong-password-1")
                        .get("me")
                        .statusCode());
        assertEquals(
                401,
                ApiClient.as(portal.toURL(), stranger, "wrong-password-2")
                        .get("me")
                        .statusCode());

        SecurityEventPage failures = find(SecurityEventKind.LOGIN_FAILED, stranger, null, null, 0, 200);
        assertEquals(2, failures.total());
        assertEquals(stranger, failures.rows().get(0).username());
        assertTrue(
                failures.rows().get(0).detail().contains("api"),
                failures.rows().get(0).detail());

        assertEquals(
                1,
                find(SecurityEventKind.LOGIN_FAILED, stranger, null, null, 1, 1)
                        .rows()
                        .size(),
                "paged");
        assertEquals(
                0, find(SecurityEventKind.LOGIN, stranger, null, null, 0, 10).total(), "other kinds");
        Instant tomorrow = Instant.now().plus(1, ChronoUnit.DAYS);
        assertEquals(0, find(null, stranger, tomorrow, null, 0, 10).total(), "from tomorrow on");
        assertEquals(2, find(null, stranger, null, tomorrow, 0, 10).total(), "until tomorrow");

        assertThrows(
                EJBAccessException.class,
                () -> as.call(CLINICIAN, () -> events.find(new SecurityEventQuery(null, null, null, null, 0, 10))));
    }

    @Test
    void aSuccessfulLoginIsKept() throws Exception {
        Instant before = Instant.now().minusSeconds(1);
        PortalSession.logIn(PortalSession.portalOfThisServer(), CLINICIAN, PASSWORD);
        assertTrue(find(SecurityEventKind.LOGIN, CLINICIAN, before, null, 0, 10).total() >= 1);
    }

    @Test
    void theSecurityLogPageIsForAdministratorsAndShowsTheFilteredEvents() throws Exception {
        String stranger = "it.page" + SEQUENCE.incrementAndGet();
        URI portal = PortalSession.portalOfThisServer();
        ApiClient.as(portal.toURL(), stranger, "wrong-password-3").get("me");
        PortalSession admin = PortalSession.logIn(portal, ADMIN, PASSWORD);

        HttpResponse<String> page = admin.get("admin/security/index.xhtml?kind=LOGIN_FAILED&user=" + stranger);
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains(stranger), "the event is listed");
        assertTrue(page.body().matches("(?s).*>\\s*1 event\\s*<.*"), "counted, in the singular");

        HttpResponse<String> other = admin.get("admin/security/index.xhtml?kind=LOGOUT&user=" + stranger);
        assertFalse(other.body().contains("<code>" + stranger + "</code>"), "filtered by kind");

        HttpResponse<String> badDate = admin.get("admin/security/index.xhtml?from=yesterday");
        assertEquals(200, badDate.statusCode());
        assertTrue(badDate.body().contains("filter-from-error"), "the message is beside the field");
        assertTrue(badDate.body().contains("value=\"yesterday\""), "what was typed stays");

        HttpResponse<String> clinician =
                PortalSession.logIn(portal, CLINICIAN, PASSWORD).get("admin/security/index.xhtml");
        assertEquals(403, clinician.statusCode());
    }

    private SecurityEventPage find(SecurityEventKind kind, String user, Instant from, Instant to, int first, int size)
            throws Exception {
        return as.call(ADMIN, () -> events.find(new SecurityEventQuery(kind, user, from, to, first, size)));
    }
}
