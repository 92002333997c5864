package org.refract.domain.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import org.hibernate.envers.RevisionEntity;
import org.hibernate.envers.RevisionNumber;
import org.hibernate.envers.RevisionTimestamp;

/**
 * One Envers revision: every transaction that changes audited entities writes one row, stamped with the time and
 * the user, and each {@code *_aud} row points at it.
 */
@Entity
@Table(name = "revinfo")
@RevisionEntity(AuditRevisionListener.class)
public class AuditRevision implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Stored in place of a user name when no one is logged in (startup seeding, timers). */
    public static final String SYSTEM_USER = "system";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "revinfo_seq")
    @SequenceGenerator(name = "revinfo_seq", sequenceName = "revinfo_seq", allocationSize = 50)
    @RevisionNumber
    @Column(name = "rev")
    private Long rev;

    /** Set by Envers when the revision is created (it accepts Instant since Hibernate 6). */
    @RevisionTimestamp
    @Column(name = "revtstmp", nullable = false)
    private Instant timestamp;

    @Column(nullable = false, length = 64)
    private String username = SYSTEM_USER;

    public Long getRev() {
        return rev;
    }

    public Instant getTimestamp() {
        return timestamp;
    }

    public String getUsername() {
        return username;
    }

    /** Called by {@link AuditRevisionListener} before the revision is written. */
    void setUsername(String username) {
        this.username = username;
    }

    @Override
    public String toString() {
        return "revision " + rev + " by " + username + " at " + timestamp;
    }
}
