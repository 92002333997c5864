package org.refract.it.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.refract.domain.identity.Discipline;
import org.refract.domain.identity.Role;
import org.refract.domain.identity.UserAccount;
import org.refract.it.AsAdmin;
import org.refract.it.AsClinician;
import org.refract.it.Deployments;
import org.refract.service.identity.AuthenticatedUser;
import org.refract.service.identity.AuthenticationService;
import org.refract.service.identity.CallerService;
import org.refract.service.identity.PasswordHasher;
import org.refract.service.identity.UserAdministrationService;
import org.refract.service.identity.UserRow;

/** Logging in against the portal's accounts, the throttling of guesses (no lock-out), and role checks on the services. */
@ExtendWith(ArquillianExtension.class)
class SecurityIT {

    private static final String DEMO_PASSWORD = "refract-demo-2026";
    private static final String OWNER = "192.0.2.1";
    private static final String ATTACKER = "198.51.100.66";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.portalWithTests();
    }

    @EJB
    AuthenticationService authentication;

    @EJB
    UserAdministrationService administration;

    @EJB
    CallerService caller;

    @EJB
    AsClinician asClinician;

    @EJB
    AsAdmin asAdmin;

    @PersistenceContext
    EntityManager em;

    @Inject
    UserTransaction tx;

    @Test
    void demoAccountLogsInWithItsRoles() {
        Optional<AuthenticatedUser> user = authentication.authenticate("resp.chair", DEMO_PASSWORD);
        assertTrue(user.isPresent());
        assertEquals("resp.chair", user.get().username());
        assertEquals(java.util.Set.of("CHAIR", "CLINICIAN"), user.get().roles());
    }

    @Test
    void wrongPasswordAndUnknownUserAreRefusedAlike() {
        assertTrue(authentication
                .authenticate("resp.pulm", "not-the-password-at-all")
                .isEmpty());
        assertTrue(authentication.authenticate("nobody.at.all", DEMO_PASSWORD).isEmpty());
    }

    @Test
    void guessesAreSlowedButCannotKeepTheOwnerOut() throws Exception {
        createUser("lockout.probe", "correct-horse-battery");
        assertTrue(authentication
                .authenticate("lockout.probe", "correct-horse-battery", OWNER)
                .isPresent());
        for (int i = 0; i < 10; i++) {
            assertTrue(authentication
                    .authenticate("lockout.probe", "wrong-password-" + i, ATTACKER)
                    .isEmpty());
        }
        assertTrue(
                authentication
                        .authenticate("lockout.probe", "correct-horse-battery", ATTACKER)
                        .isEmpty(),
                "the guessing address waits, even with the right password");
        assertTrue(
                failedLoginsOf("lockout.probe") < 10, "attempts while waiting are turned away without being checked");
        assertTrue(
                authentication
                        .authenticate("lockout.probe", "correct-horse-battery", OWNER)
                        .isPresent(),
                "the owner logs in from their own address at once: nobody can lock an account");
        assertEquals(0, failedLoginsOf("lockout.probe"), "a success restarts the count");
    }

    @Test
    void parallelFailuresAreAllCounted() throws Exception {
        createUser("parallel.probe", "correct-horse-battery");
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<Boolean>> attempts = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            String address = "192.0.2." + (100 + i);
            attempts.add(pool.submit(() -> authentication
                    .authenticate("parallel.probe", "wrong-password", address)
                    .isEmpty()));
        }
        for (Future<Boolean> attempt : attempts) {
            assertTrue(attempt.get(120, TimeUnit.SECONDS));
        }
        pool.shutdown();
        assertEquals(8, failedLoginsOf("parallel.probe"), "no failure is lost to a concurrent one");
    }

    @Test
    void repeatedBasicCredentialsAreRememberedButNeverOutliveAPasswordChangeOrADeactivation() throws Exception {
        createUser("repeat.probe", "first-password-ok");
        assertTrue(authentication
                .authenticateRepeated("repeat.probe", "first-password-ok", OWNER)
                .isPresent());
        var firstLogin = lastLoginOf("repeat.probe");
        assertTrue(authentication
                .authenticateRepeated("repeat.probe", "first-password-ok", OWNER)
                .isPresent());
        assertEquals(
                firstLogin,
                lastLoginOf("repeat.probe"),
                "a repeated request within the five minutes is accepted without a new full check");
        assertTrue(authentication
                .authenticateRepeated("repeat.probe", "first-password-ko", OWNER)
                .isEmpty());

        tx.begin();
        em.createQuery("update UserAccount u set u.passwordHash = :hash where u.username = :username")
                .setParameter("hash", new PasswordHasher().hash("second-password-ok"))
                .setParameter("username", "repeat.probe")
                .executeUpdate();
        tx.commit();
        assertTrue(
                authentication
                        .authenticateRepeated("repeat.probe", "first-password-ok", OWNER)
                        .isEmpty(),
                "the remembered check dies with the old password hash");
        assertTrue(authentication
                .authenticateRepeated("repeat.probe", "second-password-ok", OWNER)
                .isPresent());

        tx.begin();
        em.createQuery("update UserAccount u set u.active = false where u.username = :username")
                .setParameter("username", "repeat.probe")
                .executeUpdate();
        tx.commit();
        assertTrue(
                authentication
                        .authenticateRepeated("repeat.probe", "second-password-ok", OWNER)
                        .isEmpty(),
                "a deactivated account is refused even with credentials verified a moment ago");
    }

    @Test
    void anonymousCallerIsRefusedByTheServices() {
        assertThrows(EJBAccessException.class, () -> caller.profile());
        assertThrows(EJBAccessException.class, () -> administration.users());
    }

    @Test
    void clinicianIsRefusedTheAdministrationService() {
        assertThrows(EJBAccessException.class, () -> asClinician.call(() -> administration.users()));
    }

    @Test
    void administratorListsUsers() throws Exception {
        List<UserRow> users = asAdmin.call(() -> administration.users());
        assertTrue(users.stream()
                .anyMatch(u -> u.username().equals("admin") && u.roles().contains(Role.ADMIN)));
        assertTrue(users.size() >= 15, "all demo accounts are listed");
    }

    private void createUser(String username, String password) throws Exception {
        tx.begin();
        em.persist(new UserAccount(
                username,
                "Lockout Probe",
                Discipline.PHARMACIST,
                new PasswordHasher().hash(password),
                EnumSet.of(Role.CLINICIAN)));
        tx.commit();
    }

    private java.time.Instant lastLoginOf(String username) {
        em.clear();
        return em.createNamedQuery("UserAccount.byUsername", UserAccount.class)
                .setParameter("username", username)
                .getSingleResult()
                .getLastLoginAt();
    }

    private int failedLoginsOf(String username) {
        em.clear();
        return em.createNamedQuery("UserAccount.byUsername", UserAccount.class)
                .setParameter("username", username)
                .getSingleResult()
                .getFailedLogins();
    }
}
