package org.refract.service.identity;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.Objects;
import org.refract.domain.identity.UserAccount;
import org.refract.domain.review.NotificationPreference;
import org.refract.service.platform.MailOutbox;
import org.refract.service.platform.PortalAddress;

/**
 * An account's notification preference, created on first use: the one place this find-or-create runs, and the one
 * place an address changes, so that every new address (the user's own or one an administrator set through the API)
 * gets a verification mail. No access check of its own; the callers (the user's own settings, the administrators'
 * account API) decide who may change it.
 */
@Dependent
public class NotificationPreferences {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @EJB
    MailOutbox outbox;

    /** The account's preference, persisted empty (no address, no mail) when it has none yet. */
    public NotificationPreference of(UserAccount account) {
        return em.createNamedQuery("NotificationPreference.ofUser", NotificationPreference.class)
                .setParameter("username", account.getUsername())
                .getResultStream()
                .findFirst()
                .orElseGet(() -> {
                    NotificationPreference created = new NotificationPreference(account);
                    em.persist(created);
                    return created;
                });
    }

    /**
     * Changes the address and whether to mail to it. A new address gets a mail with a link that verifies it (through
     * the outbox, in the caller's transaction); until its owner follows it, nothing else is sent there.
     *
     * @throws org.refract.domain.shared.InvalidInputException on "email"
     */
    public NotificationPreference change(UserAccount account, String email, boolean enabled) {
        NotificationPreference preference = of(account);
        String before = preference.getEmail().orElse(null);
        boolean wasPending = preference.needsVerification();
        preference.change(email, enabled);
        boolean newAddress =
                !wasPending || !Objects.equals(before, preference.getEmail().orElse(null));
        if (preference.needsVerification() && newAddress) {
            String token = VerificationTokens.next();
            preference.startVerification(token, clock.instant());
            outbox.queue(
                    preference.getEmail().orElseThrow(),
                    "Refract: confirm your e-mail address",
                    "Someone (we hope you) asked Refract to send notifications to this address.\n"
                            + "To confirm it, log in and open this link within 24 hours:\n"
                            + PortalAddress.base() + "/portal/notifications.xhtml?verify=" + token
                            + "\n\nIf it was not you, ignore this e-mail: nothing will be sent here.");
        }
        return preference;
    }
}
