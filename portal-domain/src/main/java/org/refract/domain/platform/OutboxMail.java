package org.refract.domain.platform;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.refract.domain.shared.BaseEntity;

/**
 * One e-mail waiting to be sent, written in the transaction of the change that owes it: a rollback leaves none, a
 * restart loses none. Each attempt is claimed before it is made (so one server of a cluster makes it); a failed one
 * is tried again after a wait that doubles from a minute up to an hour, {@value #MAX_ATTEMPTS} times in all. Not
 * clinical data (the text names a case code, an event and a link), so not audited.
 */
@Entity
@Table(name = "mail_outbox")
@NamedQuery(
        name = "OutboxMail.due",
        query = "select m.id from OutboxMail m where m.sentAt is null and m.attempts < :max"
                + " and m.nextAttemptAt <= :now order by m.nextAttemptAt")
public class OutboxMail extends BaseEntity {

    /** Attempts before a message is given up (about a day of retries). */
    public static final int MAX_ATTEMPTS = 30;

    private static final Duration FIRST_WAIT = Duration.ofMinutes(1);
    private static final Duration LONGEST_WAIT = Duration.ofHours(1);

    @Column(nullable = false, length = 254, updatable = false)
    private String recipient;

    @Column(nullable = false, length = 200, updatable = false)
    private String subject;

    @Column(nullable = false, length = 2000, updatable = false)
    private String body;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Column(name = "last_error", length = 300)
    private String lastError;

    protected OutboxMail() {
        // for JPA
    }

    public OutboxMail(String recipient, String subject, String body, Instant now) {
        this.recipient = Objects.requireNonNull(recipient, "The recipient is required.");
        this.subject = Objects.requireNonNull(subject, "The subject is required.");
        this.body = Objects.requireNonNull(body, "The body is required.");
        this.createdAt = Objects.requireNonNull(now, "The time is required.");
        this.nextAttemptAt = now;
    }

    /** Whether an attempt may be made now: not sent, not given up, its time come. */
    public boolean isDue(Instant now) {
        return sentAt == null && attempts < MAX_ATTEMPTS && !nextAttemptAt.isAfter(now);
    }

    /**
     * An attempt starts: counted, and the next one scheduled as if this one failed, so that a server that dies while
     * sending leaves a message that is simply tried again later.
     */
    public void startAttempt(Instant now) {
        if (!isDue(now)) {
            throw new IllegalStateException("Mail " + getId() + " is not due.");
        }
        attempts++;
        long factor = 1L << Math.min(attempts - 1, 10);
        Duration wait = FIRST_WAIT.multipliedBy(factor);
        nextAttemptAt = now.plus(wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait);
    }

    public void sent(Instant now) {
        sentAt = Objects.requireNonNull(now, "The time is required.");
        lastError = null;
    }

    public void failed(String error) {
        String text = error == null ? "unknown error" : error;
        lastError = text.length() > 300 ? text.substring(0, 300) : text;
    }

    public String getRecipient() {
        return recipient;
    }

    public String getSubject() {
        return subject;
    }

    public String getBody() {
        return body;
    }

    public int getAttempts() {
        return attempts;
    }

    public Instant getNextAttemptAt() {
        return nextAttemptAt;
    }

    public Optional<Instant> getSentAt() {
        return Optional.ofNullable(sentAt);
    }

    public Optional<String> getLastError() {
        return Optional.ofNullable(lastError);
    }
}
