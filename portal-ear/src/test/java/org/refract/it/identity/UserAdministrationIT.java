package org.refract.it.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;
import org.refract.arquillian.FreshDeployment;
import org.refract.domain.identity.Discipline;
import org.refract.domain.identity.Role;
import org.refract.it.AsUser;
import org.refract.it.DatabaseSensitive;
import org.refract.it.Deployments;
import org.refract.service.identity.AuthenticatedUser;
import org.refract.service.identity.AuthenticationService;
import org.refract.service.identity.IssuedPassword;
import org.refract.service.identity.NewUser;
import org.refract.service.identity.PasswordChangeService;
import org.refract.service.identity.UserAdministrationService;
import org.refract.service.identity.UserDetail;
import org.refract.service.identity.UserHistoryRow;
import org.refract.service.shared.ConflictException;
import org.refract.service.shared.FieldError;
import org.refract.service.shared.InvalidRequestException;

/**
 * User administration against the real server: new accounts and resets force a password change at the next login,
 * locks are lifted, nobody can lock the portal out of its last administrator, stale edits name who saved first,
 * the audit trail holds no password, and clinicians are refused every administrative call.
 */
@DatabaseSensitive
@FreshDeployment
@ExtendWith(ArquillianExtension.class)
class UserAdministrationIT {

    private static final String ADMIN = "admin";
    private static final String CLINICIAN = "resp.pulm";
    private static final String ADDRESS = "192.0.2.20";
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

    @EJB
    AuthenticationService authentication;

    @PersistenceContext
    EntityManager em;

    @Test
    void aNewAccountWithAGeneratedPasswordMustChooseItsOwnAtTheFirstLogin() throws Exception {
        String username = unique("it.new");
        IssuedPassword issued = create(username, EnumSet.of(Role.CLINICIAN), null);
        assertNotNull(issued.oneTimePassword(), "a one-time password is generated and returned once");
        assertTrue(issued.oneTimePassword().length() >= 12);

        AuthenticatedUser login =
                authentication.authenticate(username, issued.oneTimePassword()).orElseThrow();
        assertTrue(login.passwordChangeRequired());
        assertTrue(as.call(username, () -> passwords.changeRequired()));

        as.run(
                username,
                () -> passwords.changePassword(issued.oneTimePassword(), "my-own-long-secret", "my-own-long-secret"));
        assertFalse(as.call(username, () -> passwords.changeRequired()));
        assertFalse(authentication
                .authenticate(username, "my-own-long-secret")
                .orElseThrow()
                .passwordChangeRequired());
        assertTrue(
                authentication.authenticate(username, issued.oneTimePassword()).isEmpty(),
                "the one-time password is gone");
    }

    @Test
    void badInputIsRefusedFieldByField() throws Exception {
        InvalidRequestException refused = assertThrows(
                InvalidRequestException.class,
                () -> as.call(
                        ADMIN, () -> administration.create(new NewUser("Not Valid!", " ", null, Set.of(), "short"))));
        assertEquals(Set.of("username", "displayName", "roles", "initialPassword"), fields(refused));

        InvalidRequestException taken = assertThrows(
                InvalidRequestException.class,
                () -> as.call(
                        ADMIN,
                        () -> administration.create(
                                new NewUser(CLINICIAN, "Someone Else", null, EnumSet.of(Role.CLINICIAN), null))));
        assertEquals(Set.of("username"), fields(taken));
        assertTrue(taken.getMessage().contains("taken"));
    }

    @Test
    void theNewPasswordIsCheckedBeforeItReplacesTheOldOne() throws Exception {
        String username = unique("it.pw");
        create(username, EnumSet.of(Role.CLINICIAN), "initial-password-123");
        InvalidRequestException refused = assertThrows(
                InvalidRequestException.class,
                () -> as.run(
                        username, () -> passwords.changePassword("not-the-current-one", "too-short", "different")));
        assertEquals(Set.of("currentPassword", "newPassword", "confirmation"), fields(refused));

        InvalidRequestException same = assertThrows(
                InvalidRequestException.class,
                () -> as.run(
                        username,
                        () -> passwords.changePassword(
                                "initial-password-123", "initial-password-123", "initial-password-123")));
        assertEquals(Set.of("newPassword"), fields(same));
        assertTrue(as.call(username, () -> passwords.changeRequired()), "nothing changed");
    }

    @Test
    void aResetForcesAChangeClearsTheFailuresAndRetiresTheOldPassword() throws Exception {
        String username = unique("it.reset");
        create(username, EnumSet.of(Role.CLINICIAN), "initial-password-123");
        as.run(
                username,
                () -> passwords.changePassword("initial-password-123", "own-password-4567", "own-password-4567"));
        assertTrue(authentication
                .authenticateRepeated(username, "own-password-4567", ADDRESS)
                .isPresent());
        for (int i = 0; i < 3; i++) {
            authentication.authenticate(username, "wrong-password-" + i);
        }
        assertEquals(3, as.call(ADMIN, () -> administration.user(username)).failedLogins());

        IssuedPassword reset = as.call(ADMIN, () -> administration.resetPassword(username));
        UserDetail after = as.call(ADMIN, () -> administration.user(username));
        assertFalse(after.locked());
        assertEquals(0, after.failedLogins());
        assertTrue(after.passwordChangeRequired());
        assertTrue(authentication.authenticate(username, "own-password-4567").isEmpty());
        assertTrue(
                authentication
                        .authenticateRepeated(username, "own-password-4567", ADDRESS)
                        .isEmpty(),
                "credentials remembered for HTTP Basic die with the reset");
        assertTrue(authentication
                .authenticate(username, reset.oneTimePassword())
                .orElseThrow()
                .passwordChangeRequired());
    }

    @Test
    void liftingTheDelayClearsTheFailureCount() throws Exception {
        String username = unique("it.lock");
        create(username, EnumSet.of(Role.CLINICIAN), "initial-password-123");
        for (int i = 0; i < 3; i++) {
            authentication.authenticate(username, "wrong-password-" + i);
        }
        UserDetail unlocked = as.call(ADMIN, () -> administration.unlock(username));
        assertFalse(unlocked.locked());
        assertEquals(0, unlocked.failedLogins());
        assertNull(unlocked.lockedUntil());
        assertTrue(authentication.authenticate(username, "initial-password-123").isPresent());
    }

    @Test
    void deactivationStopsLoginsAndNeverLocksOutTheLastAdministrator() throws Exception {
        String username = unique("it.leaver");
        create(username, EnumSet.of(Role.CLINICIAN), "initial-password-123");
        assertFalse(as.call(ADMIN, () -> administration.deactivate(username)).active());
        assertTrue(authentication.authenticate(username, "initial-password-123").isEmpty());
        assertTrue(as.call(ADMIN, () -> administration.reactivate(username)).active());
        assertTrue(authentication.authenticate(username, "initial-password-123").isPresent());

        InvalidRequestException self = assertThrows(
                InvalidRequestException.class, () -> as.call(ADMIN, () -> administration.deactivate(ADMIN)));
        assertTrue(self.getMessage().contains("your own"), self.getMessage());
        assertThrows(
                InvalidRequestException.class,
                () -> as.call(
                        ADMIN,
                        () -> administration.update(
                                ADMIN,
                                administration.user(ADMIN).version(),
                                "Alex Morgan",
                                null,
                                EnumSet.of(Role.CLINICIAN))));

        // A second administrator, deactivated: "admin" is then the only active one and nobody may remove it.
        String second = unique("it.admin");
        create(second, EnumSet.of(Role.ADMIN), "initial-password-123");
        as.call(ADMIN, () -> administration.deactivate(second));
        InvalidRequestException last = assertThrows(
                InvalidRequestException.class, () -> as.call(second, () -> administration.deactivate(ADMIN)));
        assertTrue(last.getMessage().contains("at least one active administrator"), last.getMessage());
        assertTrue(as.call(ADMIN, () -> administration.user(ADMIN)).active());
    }

    @Test
    void aStaleEditNamesWhoSavedFirstAndAChairStaysAClinician() throws Exception {
        String username = unique("it.edit");
        String otherAdmin = unique("it.admin");
        create(username, EnumSet.of(Role.CLINICIAN), "initial-password-123");
        create(otherAdmin, EnumSet.of(Role.ADMIN), "initial-password-123");
        long seen = as.call(ADMIN, () -> administration.user(username)).version();

        UserDetail chair = as.call(
                otherAdmin,
                () -> administration.update(
                        username, seen, "Dr Edited First", Discipline.NEUROLOGIST, EnumSet.of(Role.CHAIR)));
        assertEquals(Set.of(Role.CHAIR, Role.CLINICIAN), chair.roles());
        assertEquals(Discipline.NEUROLOGIST, chair.discipline());

        ConflictException conflict = assertThrows(
                ConflictException.class,
                () -> as.call(
                        ADMIN,
                        () -> administration.update(
                                username, seen, "Dr Edited Second", null, EnumSet.of(Role.CLINICIAN))));
        assertEquals(otherAdmin, conflict.getSavedBy());
        assertTrue(conflict.getMessage().contains(otherAdmin), conflict.getMessage());
        assertEquals(
                "Dr Edited First",
                as.call(ADMIN, () -> administration.user(username)).displayName());
    }

    @Test
    void theHistoryRecordsWhoChangedWhatButNoPassword() throws Exception {
        String username = unique("it.audit");
        create(username, EnumSet.of(Role.CLINICIAN), "initial-password-123");
        as.run(
                username,
                () -> passwords.changePassword("initial-password-123", "own-password-4567", "own-password-4567"));
        as.call(ADMIN, () -> administration.resetPassword(username));

        List<UserHistoryRow> history = as.call(ADMIN, () -> administration.history(username));
        assertEquals(3, history.size(), "created, password chosen, password reset");
        assertEquals(ADMIN, history.get(0).by());
        assertTrue(history.get(0).passwordChangeRequired(), "the reset shows as a pending change");
        assertEquals(username, history.get(1).by());
        assertFalse(history.get(1).passwordChangeRequired());
        assertEquals(ADMIN, history.get(2).by());

        @SuppressWarnings("unchecked")
        List<String> columns = em.createNativeQuery("select lower(column_name) from information_schema.columns"
                        + " where lower(table_name) = 'app_user_aud'")
                .getResultList();
        assertTrue(columns.contains("display_name"), columns::toString);
        assertFalse(columns.stream().anyMatch(c -> c.contains("password_hash")), "no password in the audit trail");
    }

    @Test
    void aClinicianIsRefusedEveryAdministrativeCall() {
        List<Executable> calls = List.of(
                () -> as.call(CLINICIAN, () -> administration.users()),
                () -> as.call(CLINICIAN, () -> administration.teams()),
                () -> as.call(CLINICIAN, () -> administration.user(CLINICIAN)),
                () -> as.call(
                        CLINICIAN,
                        () -> administration.create(
                                new NewUser(unique("it.x"), "X", null, EnumSet.of(Role.ADMIN), null))),
                () -> as.call(CLINICIAN, () -> administration.update(CLINICIAN, 0, "X", null, EnumSet.of(Role.ADMIN))),
                () -> as.call(CLINICIAN, () -> administration.deactivate(ADMIN)),
                () -> as.call(CLINICIAN, () -> administration.reactivate(CLINICIAN)),
                () -> as.call(CLINICIAN, () -> administration.resetPassword(ADMIN)),
                () -> as.call(CLINICIAN, () -> administration.unlock(CLINICIAN)),
                () -> as.call(CLINICIAN, () -> administration.history(CLINICIAN)));
        for (Executable call : calls) {
            assertThrows(EJBAccessException.class, call);
        }
    }

    private IssuedPassword create(String username, Set<Role> roles, String initialPassword) throws Exception {
        return as.call(
                ADMIN,
                () -> administration.create(
                        new NewUser(username, "Probe " + username, Discipline.PHARMACIST, roles, initialPassword)));
    }

    private static Set<String> fields(InvalidRequestException e) {
        return e.getErrors().stream().map(FieldError::field).collect(java.util.stream.Collectors.toSet());
    }

    private static String unique(String prefix) {
        return prefix + SEQUENCE.incrementAndGet();
    }
}
