package org.refract.it.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.Optional;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.refract.arquillian.FreshDeployment;
import org.refract.it.Deployments;
import org.refract.it.PortalSession;
import org.refract.it.api.ApiClient;
import org.refract.service.identity.FirstAdministrator;
import org.refract.service.identity.IssuedPassword;

/**
 * An install without the demo gets its first administrator from {@code REFRACT_BOOTSTRAP_ADMIN}: only while no
 * active administrator exists, and the account reaches no page but the password change until it has chosen its own.
 */
@FreshDeployment
@ExtendWith(ArquillianExtension.class)
class FirstAdministratorIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.portalWithTests();
    }

    @EJB
    FirstAdministrator firstAdministrator;

    @PersistenceContext
    EntityManager em;

    @Inject
    UserTransaction tx;

    private final URI portal = PortalSession.portalOfThisServer();

    @Test
    void nothingIsCreatedWhileAnActiveAdministratorExists() {
        assertTrue(firstAdministrator.createIfNoneActive("second.admin", null).isEmpty());
        assertEquals(0, accounts("second.admin"));
    }

    @Test
    void withoutAnAdministratorTheBootstrapCreatesOneThatMustChangeItsPassword() throws Exception {
        setDemoAdministratorActive(false);
        try {
            Optional<IssuedPassword> issued = firstAdministrator.createIfNoneActive("Hospital.Admin ", null);
            assertTrue(issued.isPresent(), "created when no active administrator exists");
            assertEquals("hospital.admin", issued.get().username());
            String oneTime = issued.get().oneTimePassword();
            assertTrue(oneTime != null && oneTime.length() >= 16, "a generated one-time password");
            assertTrue(
                    firstAdministrator.createIfNoneActive("third.admin", null).isEmpty(),
                    "once one exists, the setting does nothing");

            PortalSession session = PortalSession.logIn(portal, "hospital.admin", oneTime);
            for (String page : new String[] {"admin/index.xhtml", "admin/users/index.xhtml", "home.xhtml"}) {
                HttpResponse<String> answer = session.get(page);
                assertEquals(302, answer.statusCode(), page);
                assertTrue(
                        answer.headers().firstValue("Location").orElse("").contains("account/password.xhtml"),
                        page + " leads to the password change first");
            }
            assertEquals(
                    401,
                    ApiClient.as(new URL(portal.toString()), "hospital.admin", oneTime)
                            .get("users")
                            .statusCode(),
                    "the API refuses the account until its password is its own");
        } finally {
            setDemoAdministratorActive(true);
        }
    }

    @Test
    void aBadUsernameOrPasswordCreatesNothing() throws Exception {
        setDemoAdministratorActive(false);
        try {
            assertTrue(firstAdministrator.createIfNoneActive("x", null).isEmpty());
            assertTrue(
                    firstAdministrator.createIfNoneActive("short.pw", "short").isEmpty());
            assertTrue(firstAdministrator.createIfNoneActive("resp.pulm", null).isEmpty(), "no existing account");
            assertEquals(0, accounts("short.pw"));
        } finally {
            setDemoAdministratorActive(true);
        }
    }

    private long accounts(String username) {
        return em.createQuery("select count(u) from UserAccount u where u.username = :u", Long.class)
                .setParameter("u", username)
                .getSingleResult();
    }

    private void setDemoAdministratorActive(boolean active) throws Exception {
        tx.begin();
        em.createQuery("update UserAccount u set u.active = :active where u.username = 'admin'")
                .setParameter("active", active)
                .executeUpdate();
        tx.commit();
    }
}
