package org.refract.domain.casework;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Searchable;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.refract.domain.catalog.ResistanceFactor;
import org.refract.domain.shared.BaseEntity;
import org.refract.domain.shared.InvalidInputException;

/** The team's view of one resistance factor for a case: suspected, confirmed, excluded or addressed. */
@Entity
@Table(name = "resistance_finding")
@Audited
public class ResistanceFinding extends BaseEntity {

    static final int EVIDENCE_MAX = 2000;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "case_id", nullable = false, updatable = false)
    private ClinicalCase clinicalCase;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "factor_id", nullable = false, updatable = false)
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    private ResistanceFactor factor;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private FindingStatus status;

    /** Shown in search results; searched as part of the case's text ({@link ClinicalCase#getSearchText()}). */
    @Column(length = EVIDENCE_MAX)
    @FullTextField(projectable = Projectable.YES, searchable = Searchable.NO)
    private String evidence;

    @Column(name = "assessed_on", nullable = false)
    private LocalDate assessedOn;

    @Column(name = "assessed_by", nullable = false, length = 64)
    private String assessedBy;

    protected ResistanceFinding() {
        // for JPA
    }

    /** Created by {@link ClinicalCase#assessFactor}, which checks that the factor applies. */
    ResistanceFinding(
            ClinicalCase clinicalCase,
            ResistanceFactor factor,
            FindingStatus status,
            String evidence,
            LocalDate on,
            String by) {
        this.clinicalCase = clinicalCase;
        this.factor = factor;
        apply(status, evidence, on, by);
    }

    /**
     * Records a new assessment of the factor. Call {@link ClinicalCase#touch} too when calling this directly
     * ({@link ClinicalCase#assessFactor} does both).
     *
     * @throws InvalidInputException on "status", "assessedOn" or "evidence"
     * @throws org.refract.domain.shared.InvalidStateException when the case is closed
     */
    public void update(FindingStatus newStatus, String newEvidence, LocalDate on, String by) {
        clinicalCase.requireEditable();
        apply(newStatus, newEvidence, on, by);
    }

    private void apply(FindingStatus newStatus, String newEvidence, LocalDate on, String by) {
        if (newStatus == null) {
            throw new InvalidInputException("status", "Choose suspected, confirmed, excluded or addressed.");
        }
        if (on == null) {
            throw new InvalidInputException("assessedOn", "Enter the date of the assessment.");
        }
        String checkedEvidence = Texts.optional(newEvidence, EVIDENCE_MAX, "evidence");
        this.assessedBy = Texts.requireUser(by);
        this.status = newStatus;
        this.evidence = checkedEvidence;
        this.assessedOn = on;
    }

    public ClinicalCase getClinicalCase() {
        return clinicalCase;
    }

    public ResistanceFactor getFactor() {
        return factor;
    }

    public FindingStatus getStatus() {
        return status;
    }

    public String getEvidence() {
        return evidence;
    }

    public LocalDate getAssessedOn() {
        return assessedOn;
    }

    public String getAssessedBy() {
        return assessedBy;
    }

    @Override
    public String toString() {
        return factor.getCode() + ": " + status;
    }
}
