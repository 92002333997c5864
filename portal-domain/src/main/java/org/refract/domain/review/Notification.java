package org.refract.domain.review;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.refract.domain.identity.UserAccount;
import org.refract.domain.shared.BaseEntity;

/**
 * A message in one person's in-app inbox: what happened, on which case or meeting, who did it, and whether they have
 * read it. Not clinical data (the case keeps its own audited record), so not audited; the text names the case by its
 * pseudonym only.
 */
@Entity
@Table(name = "notification")
@NamedQuery(
        name = "Notification.ofRecipient",
        query = "select n from Notification n"
                + " where n.recipient.username = :username order by n.createdAt desc, n.id desc")
@NamedQuery(
        name = "Notification.ofRecipientAndKind",
        query = "select n from Notification n"
                + " where n.recipient.username = :username and n.kind = :kind order by n.createdAt desc, n.id desc")
@NamedQuery(
        name = "Notification.unreadCount",
        query = "select count(n) from Notification n" + " where n.recipient.username = :username and n.readAt is null")
@NamedQuery(
        name = "Notification.unreadOfRecipient",
        query = "select n from Notification n" + " where n.recipient.username = :username and n.readAt is null")
public class Notification extends BaseEntity {

    public static final int TEXT_MAX = 300;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "recipient_id", nullable = false, updatable = false)
    private UserAccount recipient;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24, updatable = false)
    private NotificationKind kind;

    @Column(name = "message", nullable = false, length = TEXT_MAX, updatable = false)
    private String text;

    @Column(name = "case_id", updatable = false)
    private Long caseId;

    @Column(name = "meeting_id", updatable = false)
    private Long meetingId;

    @Column(nullable = false, length = 64, updatable = false)
    private String actor;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "read_at")
    private Instant readAt;

    protected Notification() {
        // for JPA
    }

    /** A new, unread notification; text longer than {@value #TEXT_MAX} characters is shortened with an ellipsis. */
    public Notification(
            UserAccount recipient,
            NotificationKind kind,
            String text,
            Long caseId,
            Long meetingId,
            String actor,
            Instant now) {
        this.recipient = Objects.requireNonNull(recipient, "The recipient is required.");
        this.kind = Objects.requireNonNull(kind, "The kind is required.");
        String t = Objects.requireNonNull(text, "The text is required.").strip();
        this.text = t.length() > TEXT_MAX ? t.substring(0, TEXT_MAX - 1) + "…" : t;
        this.caseId = caseId;
        this.meetingId = meetingId;
        this.actor = ReviewTexts.requireUser(actor);
        this.createdAt = Objects.requireNonNull(now, "The time is required.");
    }

    /** Marks it read (the first time counts). */
    public void markRead(Instant now) {
        if (readAt == null) {
            readAt = Objects.requireNonNull(now, "The time is required.");
        }
    }

    public boolean isRead() {
        return readAt != null;
    }

    public UserAccount getRecipient() {
        return recipient;
    }

    public NotificationKind getKind() {
        return kind;
    }

    public String getText() {
        return text;
    }

    public Optional<Long> getCaseId() {
        return Optional.ofNullable(caseId);
    }

    public Optional<Long> getMeetingId() {
        return Optional.ofNullable(meetingId);
    }

    public String getActor() {
        return actor;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Optional<Instant> getReadAt() {
        return Optional.ofNullable(readAt);
    }
}
