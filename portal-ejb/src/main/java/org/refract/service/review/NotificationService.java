package org.refract.service.review;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.jpa.HibernateHints;
import org.refract.domain.identity.Role;
import org.refract.domain.identity.UserAccount;
import org.refract.domain.review.Notification;
import org.refract.domain.review.NotificationKind;
import org.refract.domain.review.NotificationPreference;
import org.refract.service.identity.NotificationPreferences;
import org.refract.service.platform.MailSender;
import org.refract.service.shared.NotFoundException;

/**
 * The caller's own notifications: the unread count for the header bell, the inbox, marking read, recent mentions for
 * the dashboard, and whether to receive them by e-mail too. Nobody sees another person's notifications.
 */
@Stateless
@RolesAllowed({Role.CLINICIAN_NAME, Role.CHAIR_NAME})
public class NotificationService {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    MeetingAccess access;

    @Inject
    NotificationPreferences notificationPreferences;

    /**
     * The caller's unread count, asked by every page's bell and by its poll: answered from the query cache until a
     * notification is written (docs/architecture.md, "Two nodes").
     */
    public long unreadCount() {
        return em.createNamedQuery("Notification.unreadCount", Long.class)
                .setParameter("username", access.caller())
                .setHint(HibernateHints.HINT_CACHEABLE, true)
                .getSingleResult();
    }

    /** The newest notifications, newest first. */
    public List<NotificationRow> latest(int max) {
        return rows(em.createNamedQuery("Notification.ofRecipient", Notification.class)
                .setParameter("username", access.caller())
                .setMaxResults(max)
                .getResultList());
    }

    /** The newest mentions of the caller, newest first. */
    public List<NotificationRow> recentMentions(int max) {
        return rows(em.createNamedQuery("Notification.ofRecipientAndKind", Notification.class)
                .setParameter("username", access.caller())
                .setParameter("kind", NotificationKind.MENTION)
                .setMaxResults(max)
                .getResultList());
    }

    /** Marks one of the caller's notifications read; another person's is "not found". */
    public NotificationRow markRead(long id) {
        Notification notification = em.find(Notification.class, id);
        if (notification == null || !notification.getRecipient().getUsername().equals(access.caller())) {
            throw new NotFoundException("Notification " + id + " was not found.");
        }
        notification.markRead(clock.instant());
        return rows(List.of(notification)).get(0);
    }

    /** Marks every unread notification of the caller read; answers how many. */
    public int markAllRead() {
        Instant now = clock.instant();
        List<Notification> unread = em.createNamedQuery("Notification.unreadOfRecipient", Notification.class)
                .setParameter("username", access.caller())
                .getResultList();
        unread.forEach(n -> n.markRead(now));
        return unread.size();
    }

    public NotificationPreferenceDetail preference() {
        return em.createNamedQuery("NotificationPreference.ofUser", NotificationPreference.class)
                .setParameter("username", access.caller())
                .getResultStream()
                .findFirst()
                .map(p -> new NotificationPreferenceDetail(
                        p.getEmail().orElse(null), p.isEmailEnabled(), MailSender.isEnabled(), p.isEmailVerified()))
                .orElseGet(() -> new NotificationPreferenceDetail(null, false, MailSender.isEnabled(), false));
    }

    /**
     * Sets where (and whether) the caller's notifications are e-mailed. A new address gets a mail with a link that
     * verifies it; until it is followed, nothing else is sent there.
     *
     * @throws org.refract.domain.shared.InvalidInputException on "email"
     */
    public NotificationPreferenceDetail changePreference(String email, boolean emailEnabled) {
        notificationPreferences.change(access.account(), email, emailEnabled);
        em.flush();
        return preference();
    }

    /**
     * The caller followed the link of a verification mail: true when it verified their current address.
     */
    public boolean verifyEmail(String token) {
        return em.createNamedQuery("NotificationPreference.ofUser", NotificationPreference.class)
                .setParameter("username", access.caller())
                .getResultStream()
                .findFirst()
                .map(p -> p.verify(token, clock.instant()))
                .orElse(false);
    }

    private List<NotificationRow> rows(List<Notification> notifications) {
        Map<String, String> names = new HashMap<>();
        return notifications.stream()
                .map(n -> new NotificationRow(
                        n.getId(),
                        n.getKind().name(),
                        n.getText(),
                        n.getCaseId().orElse(null),
                        n.getMeetingId().orElse(null),
                        names.computeIfAbsent(
                                n.getActor(),
                                a -> access.user(a)
                                        .map(UserAccount::getDisplayName)
                                        .orElse(a)),
                        n.getCreatedAt(),
                        n.isRead()))
                .toList();
    }
}
