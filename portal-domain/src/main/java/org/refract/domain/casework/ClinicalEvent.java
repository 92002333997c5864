package org.refract.domain.casework;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import org.hibernate.envers.Audited;
import org.refract.domain.shared.BaseEntity;

/**
 * Something that happened to the patient on a given day after (or before) a decision: an exacerbation, a bleed, a
 * day with seizures, a crisis, a flare, a relapse, an adverse event. Where a team records events, the counts the
 * rules use are derived from them ({@link EventCounts}). Events are not edited: a wrong one is removed and recorded
 * again, and Envers keeps both.
 */
@Entity
@Table(name = "clinical_event")
@Audited
public class ClinicalEvent extends BaseEntity {

    static final int NOTE_MAX = 500;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "case_id", nullable = false, updatable = false)
    private ClinicalCase clinicalCase;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24, updatable = false)
    private EventType type;

    @Column(name = "occurred_on", nullable = false, updatable = false)
    private LocalDate occurredOn;

    @Column(name = "systemic_steroids", updatable = false)
    private Boolean treatedWithSystemicSteroids;

    @Column(updatable = false)
    private Boolean hospitalised;

    @Column(updatable = false)
    private Boolean icu;

    @Column(length = EventDetails.TEXT_MAX, updatable = false)
    private String site;

    @Column(updatable = false)
    private Boolean treated;

    @Column(name = "seizure_type", length = EventDetails.TEXT_MAX, updatable = false)
    private String seizureType;

    @Column(name = "event_count", updatable = false)
    private Integer count;

    @Column(length = NOTE_MAX, updatable = false)
    private String note;

    @Column(name = "entered_by", nullable = false, length = 64, updatable = false)
    private String enteredBy;

    @Column(name = "entered_at", nullable = false, updatable = false)
    private Instant enteredAt;

    protected ClinicalEvent() {
        // for JPA
    }

    /** Created by {@link ClinicalCase#recordEvent}, which checks the date and the details. */
    ClinicalEvent(
            ClinicalCase clinicalCase,
            EventType type,
            LocalDate occurredOn,
            EventDetails details,
            String note,
            String enteredBy,
            Instant enteredAt) {
        this.clinicalCase = clinicalCase;
        this.type = Objects.requireNonNull(type, "The type is required.");
        this.occurredOn = Objects.requireNonNull(occurredOn, "The date is required.");
        this.treatedWithSystemicSteroids = details.treatedWithSystemicSteroids();
        this.hospitalised = details.hospitalised();
        this.icu = details.icu();
        this.site = details.site();
        this.treated = details.treated();
        this.seizureType = details.seizureType();
        this.count = details.count();
        this.note = note;
        this.enteredBy = enteredBy;
        this.enteredAt = Objects.requireNonNull(enteredAt, "The time is required.");
    }

    /** Whether the event falls in the window from {@code from} to {@code to}, both days included. */
    public boolean isBetween(LocalDate from, LocalDate to) {
        return !occurredOn.isBefore(from) && !occurredOn.isAfter(to);
    }

    /** Seizures that day (1 when no count was given); 1 for any other event. */
    public int occurrences() {
        return count == null ? 1 : count;
    }

    public EventDetails details() {
        return new EventDetails(treatedWithSystemicSteroids, hospitalised, icu, site, treated, seizureType, count);
    }

    public ClinicalCase getClinicalCase() {
        return clinicalCase;
    }

    public EventType getType() {
        return type;
    }

    public LocalDate getOccurredOn() {
        return occurredOn;
    }

    public String getNote() {
        return note;
    }

    public String getEnteredBy() {
        return enteredBy;
    }

    public Instant getEnteredAt() {
        return enteredAt;
    }

    @Override
    public String toString() {
        return type + " on " + occurredOn;
    }
}
