package org.refract.service.review;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.refract.domain.casework.ClinicalCase;
import org.refract.domain.review.AgendaItem;
import org.refract.domain.review.CaseComment;
import org.refract.domain.review.Meeting;
import org.refract.domain.review.Notification;
import org.refract.domain.review.NotificationKind;
import org.refract.domain.review.NotificationPreference;
import org.refract.domain.review.NotificationRules;
import org.refract.domain.review.NotificationRules.Notice;
import org.refract.service.platform.MailOutbox;
import org.refract.service.platform.PortalAddress;

/**
 * Turns review events into notifications, in the transaction of the change that caused them: a listing that rolls
 * back leaves no notification behind. E-mails for the people who asked for them (at an address they verified) go to
 * the {@link MailOutbox} in the same transaction and are sent after the commit, so a slow or absent mail server never
 * delays or undoes the clinical change, and a restart loses none. An e-mail names the case code, the kind of event
 * and a link only: no clinical text leaves the portal by mail.
 */
@ApplicationScoped
public class ReviewNotifications {

    /** System property: the portal's address as its users reach it (scheme, host, port), for links in e-mails. */
    public static final String PORTAL_URL = PortalAddress.PROPERTY;

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @EJB
    MailOutbox outbox;

    void on(@Observes ReviewEvent event) {
        List<Notice> notices;
        Long meetingId = event.meetingId();
        switch (event.kind()) {
            case CASE_LISTED -> notices = NotificationRules.caseListed(item(event), event.actor());
            case RECOMMENDATION_SIGNED -> notices = NotificationRules.recommendationSigned(item(event), event.actor());
            case COMMENT_POSTED -> {
                CaseComment comment = em.find(CaseComment.class, event.commentId());
                notices = comment.getMentions().isEmpty()
                        ? List.of()
                        : NotificationRules.mentioned(comment, displayName(event.actor()));
            }
            default -> throw new IllegalArgumentException("Unknown event " + event.kind());
        }
        if (notices.isEmpty()) {
            return;
        }
        deliver(notices, event.caseId(), meetingId, event.actor(), link(event));
    }

    /**
     * Stores the notices as notifications on the case (and meeting), in the caller's transaction, and e-mails those
     * who asked for it after the commit, with {@code link} under the text.
     */
    public void deliver(List<Notice> notices, long caseId, Long meetingId, String actor, String link) {
        deliveries().deliver(notices, caseId, meetingId, actor, link);
    }

    /**
     * Deliveries for one transaction that raises many notices (the review loop): each recipient's e-mail preference
     * is read once, however many notices they get. A query per notice made Hibernate look through every entity of
     * the transaction for changes before each one, so that a large team's daily loop outgrew its transaction's time
     * (issue 16).
     */
    public Deliveries deliveries() {
        return new Deliveries();
    }

    /** Notices delivered in the caller's transaction, with the recipients' delivery addresses read once each. */
    public final class Deliveries {

        private final Map<String, Optional<String>> addresses = new HashMap<>();

        private Deliveries() {}

        /** As {@link ReviewNotifications#deliver}. */
        public void deliver(List<Notice> notices, long caseId, Long meetingId, String actor, String link) {
            Instant now = clock.instant();
            for (Notice notice : notices) {
                em.persist(new Notification(
                        notice.recipient(), notice.kind(), notice.text(), caseId, meetingId, actor, now));
                addresses
                        .computeIfAbsent(notice.recipient().getUsername(), ReviewNotifications.this::deliveryAddress)
                        .ifPresent(to -> outbox.queue(
                                to, subject(notice.kind()), mailText(notice.kind(), caseCode(caseId), link)));
            }
        }
    }

    /**
     * Where {@code username} wants notifications by e-mail, if anywhere. Nothing that delivers notifications changes a
     * preference, so the query does not flush the transaction's changes first.
     */
    private Optional<String> deliveryAddress(String username) {
        return em.createNamedQuery("NotificationPreference.ofUser", NotificationPreference.class)
                .setParameter("username", username)
                .setFlushMode(FlushModeType.COMMIT)
                .getResultStream()
                .findFirst()
                .flatMap(NotificationPreference::deliveryAddress);
    }

    /** Who did it, by name: the author of a comment is referred to by id, and their account is not read for this. */
    private String displayName(String username) {
        return em.createQuery("select u.displayName from UserAccount u where u.username = :username", String.class)
                .setParameter("username", username)
                .getSingleResult();
    }

    /** The case's pseudonym, read only when a mail is owed (usually from the persistence context). */
    private String caseCode(long caseId) {
        return em.find(ClinicalCase.class, caseId).getPatient().getPseudonym();
    }

    /** What an e-mail says: the kind of event, the case code and where to read the rest, after logging in. */
    static String mailText(NotificationKind kind, String caseCode, String link) {
        String event = switch (kind) {
            case CASE_LISTED -> "Case %s is on the agenda of a meeting.";
            case MENTION -> "You were mentioned in the discussion of case %s.";
            case ACTION_ASSIGNED -> "An action on case %s was assigned to you.";
            case RECOMMENDATION_SIGNED -> "A recommendation on case %s was signed.";
            case REVIEW_DUE -> "Case %s is due for review.";
            case RELAPSE -> "A relapse was recorded on case %s.";
            case PASSWORD_CHANGED ->
                "Your Refract password was changed. If this was not you, tell an administrator now.";
        };
        return String.format(event, caseCode)
                + "\n\nThe details are in Refract, after you log in; this e-mail carries none.\n" + link;
    }

    private AgendaItem item(ReviewEvent event) {
        Meeting meeting = em.find(Meeting.class, event.meetingId());
        ClinicalCase clinicalCase = em.find(ClinicalCase.class, event.caseId());
        return meeting.findItemFor(clinicalCase)
                .orElseThrow(() -> new IllegalStateException(
                        "Case " + event.caseId() + " is not on meeting " + event.meetingId() + "."));
    }

    static String subject(NotificationKind kind) {
        return switch (kind) {
            case CASE_LISTED -> "Refract: a case of yours is on an agenda";
            case MENTION -> "Refract: you were mentioned in a case discussion";
            case ACTION_ASSIGNED -> "Refract: an action for you";
            case RECOMMENDATION_SIGNED -> "Refract: a recommendation was signed";
            case REVIEW_DUE -> "Refract: a case is due for review";
            case RELAPSE -> "Refract: a relapse after a stop";
            case PASSWORD_CHANGED -> "Refract: your password was changed";
        };
    }

    /**
     * Where to look, as an address the reader can follow from the mail: the portal's public base address
     * ({@value #PORTAL_URL}, e.g. https://refract.hospital.example) and the page. The mail carries no clinical detail
     * beyond the pseudonym.
     */
    /** The address of a case page, for a mail about the case. */
    public static String caseLink(long caseId) {
        return "Open the case in Refract: " + base() + "/portal/cases/case.xhtml?id=" + caseId;
    }

    private static String base() {
        return PortalAddress.base();
    }

    static String link(ReviewEvent event) {
        String base = base();
        return event.kind() == ReviewEvent.Kind.CASE_LISTED && event.meetingId() != null
                ? "Open the meeting in Refract: " + base + "/portal/meetings/meeting.xhtml?id=" + event.meetingId()
                : "Open the case in Refract: " + base + "/portal/cases/case.xhtml?id=" + event.caseId()
                        + (event.kind() == ReviewEvent.Kind.COMMENT_POSTED ? "&tab=discussion" : "");
    }
}
