package org.refract.domain.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * One security-relevant event, kept in the database for the administrators' security log (and written to the
 * {@code org.refract.security} log category as well). Written once and never changed: no version, no history. Texts
 * that come from outside (a typed username) are cut to their column and stripped of control characters.
 */
@Entity
@Table(name = "security_event")
public class SecurityEvent {

    public static final int DETAIL_MAX = 300;
    private static final int NAME_MAX = 64;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "security_event_seq")
    @SequenceGenerator(name = "security_event_seq", sequenceName = "security_event_seq", allocationSize = 50)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24, updatable = false)
    private SecurityEventKind kind;

    /** The account the event is about (the one logging in, the one granted a role); null when none is known. */
    @Column(length = NAME_MAX, updatable = false)
    private String username;

    /** Who acted, when someone else than {@link #username} did (the administrator granting a role). */
    @Column(length = NAME_MAX, updatable = false)
    private String actor;

    @Column(length = NAME_MAX, updatable = false)
    private String address;

    @Column(length = DETAIL_MAX, updatable = false)
    private String detail;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    protected SecurityEvent() {
        // for JPA
    }

    public SecurityEvent(
            SecurityEventKind kind, String username, String actor, String address, String detail, Instant at) {
        this.kind = Objects.requireNonNull(kind, "The kind is required.");
        this.username = printable(username, NAME_MAX);
        this.actor = printable(actor, NAME_MAX);
        this.address = printable(address, NAME_MAX);
        this.detail = printable(detail, DETAIL_MAX);
        this.occurredAt = Objects.requireNonNull(at, "The time is required.");
    }

    /** No control characters (no forged lines in a log read as text) and no more than the column holds. */
    static String printable(String text, int max) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String cleaned = text.strip().replaceAll("\\p{Cntrl}", "?");
        return cleaned.length() > max ? cleaned.substring(0, max - 1) + "…" : cleaned;
    }

    public Long getId() {
        return id;
    }

    public SecurityEventKind getKind() {
        return kind;
    }

    public String getUsername() {
        return username;
    }

    public String getActor() {
        return actor;
    }

    public String getAddress() {
        return address;
    }

    public String getDetail() {
        return detail;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }
}
