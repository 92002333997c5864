package org.refract.service.identity;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.refract.domain.identity.UserAccount;
import org.refract.domain.review.NotificationPreference;

/**
 * An account's notification preference, created on first use: the one place this find-or-create runs. No access
 * check of its own; the callers (the user's own settings, the administrators' account API) decide who may change it.
 */
@Dependent
public class NotificationPreferences {

    @PersistenceContext
    EntityManager em;

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
}
