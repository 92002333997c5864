package org.refract.it.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.EnumSet;
import java.util.concurrent.atomic.AtomicLong;
import org.hibernate.SessionFactory;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.refract.domain.identity.Role;
import org.refract.it.AsUser;
import org.refract.it.DatabaseSensitive;
import org.refract.it.Deployments;
import org.refract.it.PortalSession;
import org.refract.it.SqlStatements;
import org.refract.it.api.ApiClient;
import org.refract.service.identity.NewUser;
import org.refract.service.identity.PasswordChangeService;
import org.refract.service.identity.UserAdministrationService;

/**
 * A logged-in session lasts only as long as the access it was opened with: deactivation, a role or team change, a
 * password reset and "sign out my other sessions" end it at its next request, and the login page says why. The
 * administrators' account API ({@code PUT /api/users/{username}}) is held to the same rules as the pages.
 */
@DatabaseSensitive
@ExtendWith(ArquillianExtension.class)
class SessionEndIT {

    private static final String ADMIN = "admin";
    private static final String PASSWORD = "session-test-secret-4821";
    private static final String DEMO_PASSWORD = "refract-demo-2026";
    private static final AtomicLong SEQUENCE = new AtomicLong(System.currentTimeMillis() % 1_000_000);

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.portalWithTests();
    }

    @EJB
    AsUser as;

    @EJB
    UserAdministrationService administration;

    @EJB
    PasswordChangeService passwords;

    @PersistenceContext
    EntityManager em;

    private final URI portal = PortalSession.portalOfThisServer();

    /**
     * The stamp every request of a session compares comes from the query cache while the account is unchanged (no
     * statement reads it), and a deactivation still ends the session at its very next request (issue 16).
     */
    @Test
    void theStampIsReadFromTheQueryCacheUntilTheAccountChanges() throws Exception {
        SqlStatements sql = new SqlStatements(em.getEntityManagerFactory().unwrap(SessionFactory.class));
        String username = clinician();
        PortalSession session = PortalSession.logIn(portal, username, PASSWORD);
        assertEquals(200, session.get("home.xhtml").statusCode());

        SqlStatements.Measured<Integer> again =
                sql.measure(() -> session.get("home.xhtml").statusCode());
        assertEquals(200, again.result());
        assertTrue(again.statements().stream().noneMatch(q -> q.contains("security_stamp")), again::toString);

        assertEquals(
                200, admin().put("users/" + username, "{\"active\": false}").statusCode());
        assertEndedBecauseRevoked(session.get("home.xhtml"));
    }

    @Test
    void deactivationThroughTheApiEndsTheSessionAtItsNextRequest() throws Exception {
        String username = clinician();
        PortalSession session = PortalSession.logIn(portal, username, PASSWORD);
        assertEquals(200, session.get("home.xhtml").statusCode());

        HttpResponse<String> put = admin().put("users/" + username, "{\"active\": false}");
        assertEquals(200, put.statusCode(), put.body());
        assertTrue(put.body().contains("\"active\":false"), put.body());
        assertTrue(!put.body().contains("pbkdf2") && !put.body().contains("password_hash"), "no password material");

        assertEndedBecauseRevoked(session.get("home.xhtml"));
        assertEquals(401, api(username).get("me").statusCode(), "the API refuses the account too");
        assertEquals(302, session.get("home.xhtml").statusCode(), "the session does not come back");

        assertEquals(200, admin().put("users/" + username, "{\"active\": true}").statusCode());
        assertEquals(
                200,
                PortalSession.logIn(portal, username, PASSWORD)
                        .get("home.xhtml")
                        .statusCode());
    }

    @Test
    void aRoleOrTeamChangeEndsTheSession() throws Exception {
        String username = clinician();
        PortalSession beforeRoles = PortalSession.logIn(portal, username, PASSWORD);
        assertEquals(
                200,
                admin().put("users/" + username, "{\"roles\": [\"CLINICIAN\", \"CHAIR\"]}")
                        .statusCode());
        assertEndedBecauseRevoked(beforeRoles.get("home.xhtml"));

        PortalSession beforeTeam = PortalSession.logIn(portal, username, PASSWORD);
        HttpResponse<String> joined = admin().put("users/" + username, "{\"teams\": [\"epilepsy\"]}");
        assertEquals(200, joined.statusCode(), joined.body());
        assertTrue(joined.body().contains("epilepsy"), joined.body());
        assertEndedBecauseRevoked(beforeTeam.get("cases/index.xhtml"));

        PortalSession beforeLeaving = PortalSession.logIn(portal, username, PASSWORD);
        assertEquals(200, admin().put("users/" + username, "{\"teams\": []}").statusCode());
        assertEndedBecauseRevoked(beforeLeaving.get("home.xhtml"));
    }

    @Test
    void anUnchangedAccountKeepsItsSession() throws Exception {
        String username = clinician();
        PortalSession session = PortalSession.logIn(portal, username, PASSWORD);
        assertEquals(
                200,
                admin().put("users/" + username, "{\"displayName\": \"Dr Renamed\"}")
                        .statusCode());
        assertEquals(200, session.get("home.xhtml").statusCode(), "a new display name takes no access away");
    }

    @Test
    void aPasswordResetEndsTheSession() throws Exception {
        String username = clinician();
        PortalSession session = PortalSession.logIn(portal, username, PASSWORD);
        as.call(ADMIN, () -> administration.resetPassword(username));
        assertEndedBecauseRevoked(session.get("home.xhtml"));
    }

    @Test
    void signingOutEverywhereEndsEverySessionButTheOneThatAsked() throws Exception {
        String username = clinician();
        PortalSession laptop = PortalSession.logIn(portal, username, PASSWORD);
        PortalSession ward = PortalSession.logIn(portal, username, PASSWORD);
        as.call(username, () -> passwords.endOtherSessions());
        assertEndedBecauseRevoked(laptop.get("home.xhtml"));
        assertEndedBecauseRevoked(ward.get("home.xhtml"));
    }

    @Test
    void theAccountApiKeepsThePagesRules() throws Exception {
        String username = clinician();
        assertEquals(
                403,
                api("resp.pulm", DEMO_PASSWORD)
                        .put("users/" + username, "{\"active\": false}")
                        .statusCode(),
                "clinicians may not change accounts");

        HttpResponse<String> bad = admin().put(
                        "users/" + username,
                        "{\"roles\": [\"SURGEON\"], \"teams\": [\"no-such-team\"], \"active\": 3}");
        assertEquals(400, bad.statusCode(), bad.body());
        assertTrue(bad.body().contains("roles[0]") && bad.body().contains("active"), bad.body());

        HttpResponse<String> unknownTeam = admin().put("users/" + username, "{\"teams\": [\"no-such-team\"]}");
        assertEquals(400, unknownTeam.statusCode(), unknownTeam.body());
        assertTrue(unknownTeam.body().contains("no-such-team"), unknownTeam.body());

        HttpResponse<String> self = admin().put("users/" + ADMIN, "{\"active\": false}");
        assertEquals(400, self.statusCode(), self.body());
        assertTrue(self.body().contains("your own account"), self.body());

        assertEquals(
                404, admin().put("users/no.such.user", "{\"active\": false}").statusCode());
        assertEquals(200, api(username).get("me").statusCode(), "a refused change changed nothing");
    }

    private static void assertEndedBecauseRevoked(HttpResponse<String> response) {
        assertEquals(302, response.statusCode(), "the session has ended");
        String location = response.headers().firstValue("Location").orElse("");
        assertTrue(location.contains("login.xhtml?ended=revoked"), location);
    }

    /** A new clinician with their own password (no change pending), in no team. */
    private String clinician() throws Exception {
        String username = "it.session" + SEQUENCE.incrementAndGet();
        as.call(
                ADMIN,
                () -> administration.create(
                        new NewUser(username, "Dr Session", null, EnumSet.of(Role.CLINICIAN), "initial-secret-7734")));
        as.run(username, () -> passwords.changePassword("initial-secret-7734", PASSWORD, PASSWORD));
        return username;
    }

    private ApiClient admin() throws Exception {
        return api(ADMIN, DEMO_PASSWORD);
    }

    private ApiClient api(String username) throws Exception {
        return api(username, PASSWORD);
    }

    private ApiClient api(String username, String password) throws Exception {
        return ApiClient.as(new URL(portal.toString()), username, password);
    }
}
