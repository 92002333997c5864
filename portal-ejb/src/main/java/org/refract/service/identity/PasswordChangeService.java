package org.refract.service.identity;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import org.refract.domain.audit.SecurityEventKind;
import org.refract.domain.identity.PasswordPolicy;
import org.refract.domain.identity.Role;
import org.refract.domain.identity.UserAccount;
import org.refract.domain.review.Notification;
import org.refract.domain.review.NotificationKind;
import org.refract.service.audit.SecurityEventService;
import org.refract.service.platform.MailOutbox;
import org.refract.service.shared.FieldErrors;

/**
 * The caller looks after their own credentials: changes their password (required after an administrator created the
 * account or reset its password, and possible at any time) and signs out their other sessions. A change leaves a
 * notification in the owner's inbox, so a change they did not make does not go unseen.
 */
@Stateless
@RolesAllowed({Role.CLINICIAN_NAME, Role.CHAIR_NAME, Role.ADMIN_NAME})
public class PasswordChangeService {

    private static final PasswordHasher HASHER = new PasswordHasher();

    @Inject
    NotificationPreferences notificationPreferences;

    @EJB
    MailOutbox outbox;

    @EJB
    CallerService caller;

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @EJB
    SecurityEventService securityEvents;

    /** Whether the caller must choose a new password before using the portal. */
    public boolean changeRequired() {
        return caller.account().isPasswordChangeRequired();
    }

    /**
     * Replaces the caller's password after checking the current one; the new one must satisfy the
     * {@link PasswordPolicy}, differ from the current one and be typed the same twice. Every other session of the
     * account ends; the caller's own session goes on with the security stamp returned.
     */
    public long changePassword(String currentPassword, String newPassword, String confirmation) {
        UserAccount user = caller.account();
        FieldErrors errors = new FieldErrors();
        if (currentPassword == null || !HASHER.verify(currentPassword, user.getPasswordHash())) {
            errors.add("currentPassword", "This is not your current password.");
        }
        PasswordPolicy.violation(newPassword, user.getUsername())
                .ifPresentOrElse(m -> errors.add("newPassword", m), () -> {
                    if (newPassword.equals(currentPassword)) {
                        errors.add("newPassword", "Choose a password different from the current one.");
                    }
                });
        if (newPassword != null && !newPassword.equals(confirmation)) {
            errors.add("confirmation", "The two new passwords differ.");
        }
        errors.throwIfAny();
        user.changePassword(HASHER.hash(newPassword));
        em.persist(new Notification(
                user,
                NotificationKind.PASSWORD_CHANGED,
                "Your password was changed and your other sessions were signed out. If this was not you, tell an"
                        + " administrator now.",
                null,
                null,
                user.getUsername(),
                clock.instant()));
        notificationPreferences
                .of(user)
                .deliveryAddress()
                .ifPresent(to -> outbox.queue(
                        to,
                        "Refract: your password was changed",
                        "Your Refract password was changed and your other sessions were signed out."
                                + " If this was not you, tell an administrator now."));
        securityEvents.record(SecurityEventKind.PASSWORD_CHANGED, user.getUsername(), null, null, null);
        return user.getSecurityStamp();
    }

    /**
     * "Sign out my other sessions": every session of the caller's account ends at its next request, except the one
     * that goes on with the security stamp returned.
     */
    public long endOtherSessions() {
        UserAccount user = caller.account();
        user.endSessions();
        return user.getSecurityStamp();
    }
}
