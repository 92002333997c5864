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
import java.util.Objects;
import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;
import org.refract.domain.catalog.Therapy;
import org.refract.domain.shared.BaseEntity;
import org.refract.domain.shared.InvalidInputException;

/**
 * One therapy the patient has had or is having, with what came of it. A failed line only counts towards treatment
 * resistance when the trial was adequate and the patient really took the therapy (adherence confirmed, and for
 * inhaled therapies a checked inhaler technique): otherwise the "resistance" may be non-adherence.
 *
 * <p>The outcome methods have no clock: call {@link ClinicalCase#touch} as well so the case shows the change.
 */
@Entity
@Table(name = "treatment_line")
@Audited
public class TreatmentLine extends BaseEntity {

    static final int DOSE_MAX = 200;
    static final int REASON_MAX = 500;
    static final int METHOD_MAX = 200;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "case_id", nullable = false, updatable = false)
    private ClinicalCase clinicalCase;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "therapy_id", nullable = false, updatable = false)
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    private Therapy therapy;

    @Column(length = DOSE_MAX)
    private String dose;

    @Column(name = "start_date", nullable = false)
    private LocalDate startDate;

    @Column(name = "end_date")
    private LocalDate endDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private TreatmentResponse response = TreatmentResponse.UNKNOWN;

    @Column(name = "reason_stopped", length = REASON_MAX)
    private String reasonStopped;

    /** Null until someone has looked (pharmacy refills, drug levels, ...). */
    @Column(name = "adherence_confirmed")
    private Boolean adherenceConfirmed;

    @Column(name = "adherence_method", length = METHOD_MAX)
    private String adherenceMethod;

    /** Only for inhaled therapies; null means not checked or not applicable. */
    @Column(name = "inhaler_technique_checked")
    private Boolean inhalerTechniqueChecked;

    /** The team's judgement whether the trial was long and strong enough; null until judged. */
    @Column(name = "adequate_trial")
    private Boolean adequateTrial;

    @Column(name = "adequacy_reason", length = REASON_MAX)
    private String adequacyReason;

    protected TreatmentLine() {
        // for JPA
    }

    /** Created by {@link ClinicalCase#addTreatmentLine}, which checks the therapy and the start date. */
    TreatmentLine(ClinicalCase clinicalCase, Therapy therapy, String dose, LocalDate startDate, LocalDate endDate) {
        this.clinicalCase = clinicalCase;
        this.therapy = therapy;
        this.dose = dose;
        this.startDate = startDate;
        this.endDate = checkedEnd(endDate);
    }

    /**
     * Records how the disease responded and, if the therapy has stopped, when and why.
     *
     * @throws InvalidInputException on "response", "endDate" (before the start) or "reasonStopped"
     */
    public void recordOutcome(TreatmentResponse newResponse, String newReasonStopped, LocalDate end) {
        clinicalCase.requireEditable();
        if (newResponse == null) {
            throw new InvalidInputException(
                    "response", "Choose a response (none, partial, complete, intolerant " + "or unknown).");
        }
        LocalDate checkedEnd = checkedEnd(end);
        String checkedReason = Texts.optional(newReasonStopped, REASON_MAX, "reasonStopped");
        this.response = newResponse;
        this.reasonStopped = checkedReason;
        this.endDate = checkedEnd;
    }

    /** Records whether adherence was confirmed (null: not known) and how it was checked. */
    public void recordAdherence(Boolean confirmed, String method) {
        clinicalCase.requireEditable();
        String checkedMethod = Texts.optional(method, METHOD_MAX, "adherenceMethod");
        this.adherenceConfirmed = confirmed;
        this.adherenceMethod = checkedMethod;
    }

    /**
     * Records whether the inhaler technique was checked. For a therapy that is not inhaled the question does not
     * arise: true is refused and anything else is stored as null (not applicable).
     *
     * @throws InvalidInputException on "inhalerTechniqueChecked"
     */
    public void recordInhalerTechnique(Boolean checked) {
        clinicalCase.requireEditable();
        if (!therapy.isInhaled()) {
            if (Boolean.TRUE.equals(checked)) {
                throw new InvalidInputException(
                        "inhalerTechniqueChecked",
                        therapy.getName() + " is not inhaled: there is no inhaler technique to check.");
            }
            this.inhalerTechniqueChecked = null;
            return;
        }
        this.inhalerTechniqueChecked = checked;
    }

    /**
     * Records the team's judgement of the trial (null: not yet judged). An inadequate trial needs a reason, such as
     * "dose below the licensed range" or "stopped after 4 weeks".
     *
     * @throws InvalidInputException on "adequacyReason"
     */
    public void judgeTrial(Boolean adequate, String reason) {
        clinicalCase.requireEditable();
        String checkedReason = Texts.optional(reason, REASON_MAX, "adequacyReason");
        if (Boolean.FALSE.equals(adequate) && checkedReason == null) {
            throw new InvalidInputException("adequacyReason", "Say why the trial was not adequate.");
        }
        this.adequateTrial = adequate;
        this.adequacyReason = checkedReason;
    }

    public boolean isOngoing() {
        return endDate == null;
    }

    /** Whether the patient was on this therapy on the given day (start and end days included). */
    public boolean isActiveOn(LocalDate day) {
        Objects.requireNonNull(day, "The day is required.");
        return !day.isBefore(startDate) && (endDate == null || !day.isAfter(endDate));
    }

    /**
     * True for a failure that counts as treatment resistance: an adequate trial, taken as prescribed (adherence
     * confirmed and, for inhaled therapies, inhaler technique checked), with no or only a partial response.
     */
    public boolean countsAsFailedAdequateTrial() {
        return trialAssessment() == TrialAssessment.ADEQUATE_FAILURE;
    }

    /** What this line says about resistance; see {@link TrialAssessment}. */
    public TrialAssessment trialAssessment() {
        if (response == TreatmentResponse.INTOLERANT) {
            return TrialAssessment.INTOLERANT;
        }
        if (response == TreatmentResponse.COMPLETE) {
            return TrialAssessment.RESPONDED;
        }
        if (Boolean.FALSE.equals(adequateTrial)) {
            return TrialAssessment.INADEQUATE;
        }
        if (!response.isFailure() || adequateTrial == null) {
            return TrialAssessment.ONGOING_UNJUDGED;
        }
        return isVerified() ? TrialAssessment.ADEQUATE_FAILURE : TrialAssessment.UNVERIFIED;
    }

    /** Adherence confirmed and, for an inhaled therapy, inhaler technique checked. */
    private boolean isVerified() {
        return Boolean.TRUE.equals(adherenceConfirmed)
                && (!therapy.isInhaled() || Boolean.TRUE.equals(inhalerTechniqueChecked));
    }

    private LocalDate checkedEnd(LocalDate end) {
        if (end != null && end.isBefore(startDate)) {
            throw new InvalidInputException(
                    "endDate", "The end date cannot be before the start date (" + startDate + ").");
        }
        return end;
    }

    public ClinicalCase getClinicalCase() {
        return clinicalCase;
    }

    public Therapy getTherapy() {
        return therapy;
    }

    public String getDose() {
        return dose;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public TreatmentResponse getResponse() {
        return response;
    }

    public String getReasonStopped() {
        return reasonStopped;
    }

    public Boolean getAdherenceConfirmed() {
        return adherenceConfirmed;
    }

    public String getAdherenceMethod() {
        return adherenceMethod;
    }

    public Boolean getInhalerTechniqueChecked() {
        return inhalerTechniqueChecked;
    }

    public Boolean getAdequateTrial() {
        return adequateTrial;
    }

    public String getAdequacyReason() {
        return adequacyReason;
    }

    @Override
    public String toString() {
        return therapy.getCode() + " from " + startDate + (endDate == null ? "" : " to " + endDate);
    }
}
