package org.refract.it.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.refract.domain.audit.SecurityEventKind;
import org.refract.domain.identity.Role;
import org.refract.it.AsUser;
import org.refract.it.Deployments;
import org.refract.service.audit.SecurityEventQuery;
import org.refract.service.audit.SecurityEventService;
import org.refract.service.identity.AuthenticationService;
import org.refract.service.identity.IssuedPassword;
import org.refract.service.identity.NewUser;
import org.refract.service.identity.PasswordChangeService;
import org.refract.service.identity.UserAdministrationService;
import org.refract.service.review.NotificationRow;
import org.refract.service.review.NotificationService;
import org.refract.service.shared.FieldError;
import org.refract.service.shared.InvalidRequestException;

/**
 * Passwords (issue 14, finding 10): common and breached passwords are refused wherever a password is chosen, a
 * password set by an administrator stops working after 24 hours, and a change is notified to the owner.
 */
@ExtendWith(ArquillianExtension.class)
class PasswordRulesIT {

    private static final String ADMIN = "admin";
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

    @EJB
    NotificationService notifications;

    @EJB
    SecurityEventService securityEvents;

    @PersistenceContext
    EntityManager em;

    @Resource
    UserTransaction transaction;

    @Test
    void aCommonOrBreachedPasswordIsRefusedAsAnInitialAndAsANewPassword() throws Exception {
        InvalidRequestException initial = assertThrows(
                InvalidRequestException.class,
                () -> as.call(
                        ADMIN,
                        () -> administration.create(new NewUser(
                                unique("it.common"), "Probe", null, EnumSet.of(Role.CLINICIAN), "Password1234"))));
        assertEquals(Set.of("initialPassword"), fields(initial));

        String username = unique("it.chooser");
        create(username, "tulip-harbour-lantern");
        InvalidRequestException chosen = assertThrows(
                InvalidRequestException.class,
                () -> as.call(
                        username,
                        () -> passwords.changePassword("tulip-harbour-lantern", "iloveyou1234", "iloveyou1234")));
        assertEquals(Set.of("newPassword"), fields(chosen));
        assertTrue(chosen.getMessage().contains("common or breached"), chosen.getMessage());
    }

    @Test
    void aPasswordSetByAnAdministratorStopsWorkingAfterTwentyFourHours() throws Exception {
        String username = unique("it.expiry");
        IssuedPassword issued = as.call(
                ADMIN,
                () -> administration.create(new NewUser(username, "Probe", null, EnumSet.of(Role.CLINICIAN), null)));
        assertTrue(
                authentication.authenticate(username, issued.oneTimePassword()).isPresent(), "fresh: works");

        transaction.begin();
        em.createNativeQuery("update app_user set password_expires_at = ? where username = ?")
                .setParameter(1, Instant.now().minusSeconds(1))
                .setParameter(2, username)
                .executeUpdate();
        transaction.commit();
        assertTrue(
                authentication.authenticate(username, issued.oneTimePassword()).isEmpty(), "expired");

        IssuedPassword reset = as.call(ADMIN, () -> administration.resetPassword(username));
        assertTrue(
                authentication.authenticate(username, reset.oneTimePassword()).isPresent(),
                "a reset issues a new one for another 24 hours");
    }

    @Test
    void aPasswordChangeIsNotifiedToItsOwnerAndLogged() throws Exception {
        String username = unique("it.notified");
        create(username, "tulip-harbour-lantern");
        as.run(
                username,
                () -> passwords.changePassword("tulip-harbour-lantern", "amber-kestrel-42", "amber-kestrel-42"));

        List<NotificationRow> inbox = as.call(username, () -> notifications.latest(10));
        assertEquals(
                List.of("PASSWORD_CHANGED"),
                inbox.stream().map(NotificationRow::kind).toList());
        assertEquals(
                1,
                as.call(
                                ADMIN,
                                () -> securityEvents.find(new SecurityEventQuery(
                                        SecurityEventKind.PASSWORD_CHANGED, username, null, null, 0, 10)))
                        .total());
    }

    private void create(String username, String password) throws Exception {
        as.call(
                ADMIN,
                () -> administration.create(
                        new NewUser(username, "Probe " + username, null, EnumSet.of(Role.CLINICIAN), password)));
    }

    private static Set<String> fields(InvalidRequestException e) {
        return e.getErrors().stream().map(FieldError::field).collect(Collectors.toSet());
    }

    private static String unique(String prefix) {
        return prefix + SEQUENCE.incrementAndGet();
    }
}
