package org.refract.domain.casework;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;
import org.refract.domain.catalog.Instrument;
import org.refract.domain.catalog.Interpretation;
import org.refract.domain.catalog.MeasuredValue;
import org.refract.domain.shared.BaseEntity;

/**
 * One measurement of a case (a score, a laboratory value, a class, a test result) on a given day. Observations are
 * not edited: a wrong one is removed and recorded again, and Envers keeps both.
 */
@Entity
@Table(name = "observation")
@Audited
public class Observation extends BaseEntity {

    static final int NOTE_MAX = 500;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "case_id", nullable = false, updatable = false)
    private ClinicalCase clinicalCase;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "instrument_id", nullable = false, updatable = false)
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    private Instrument instrument;

    @Embedded
    private MeasuredValue value;

    /** The instrument's unit when the value was recorded, kept in case the catalogue changes later. */
    @Column(nullable = false, length = 30, updatable = false)
    private String unit;

    @Column(name = "observed_on", nullable = false)
    private LocalDate observedOn;

    @Column(length = NOTE_MAX)
    private String note;

    @Column(name = "entered_by", nullable = false, length = 64, updatable = false)
    private String enteredBy;

    @Column(name = "entered_at", nullable = false, updatable = false)
    private Instant enteredAt;

    protected Observation() {
        // for JPA
    }

    /** Created by {@link ClinicalCase#recordObservation}, which checks the value and the date. */
    Observation(
            ClinicalCase clinicalCase,
            Instrument instrument,
            MeasuredValue value,
            LocalDate observedOn,
            String note,
            String enteredBy,
            Instant enteredAt) {
        this.clinicalCase = clinicalCase;
        this.instrument = instrument;
        this.value = value;
        this.unit = instrument.getUnit();
        this.observedOn = observedOn;
        this.note = note;
        this.enteredBy = enteredBy;
        this.enteredAt = Objects.requireNonNull(enteredAt, "The time is required.");
    }

    /** What the catalogue says the value means (e.g. "Not well controlled"), if it says anything. */
    public Optional<Interpretation> interpretation() {
        return instrument.interpret(value);
    }

    public ClinicalCase getClinicalCase() {
        return clinicalCase;
    }

    public Instrument getInstrument() {
        return instrument;
    }

    public MeasuredValue getValue() {
        return value;
    }

    public String getUnit() {
        return unit;
    }

    public LocalDate getObservedOn() {
        return observedOn;
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
        return instrument.getCode() + " " + value.display() + " " + unit + " on " + observedOn;
    }
}
