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
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;
import org.refract.domain.shared.BaseEntity;
import org.refract.domain.shared.InvalidInputException;
import org.refract.domain.shared.InvalidStateException;

/**
 * What became of a decision, recorded at its review against the signed recommendation that made it (one per
 * recommendation, corrected in place with a version check and audited): responder, non-responder, remission or
 * stopped, with the condition's remission rule's result on the day it was recorded, so that every switch has an
 * outcome.
 */
@Entity
@Table(name = "decision_outcome")
@Audited
@NamedQuery(
        name = "DecisionOutcome.ofCase",
        query = "select o from DecisionOutcome o join fetch o.recommendation r join fetch r.agendaItem i"
                + " where i.clinicalCase.id = :caseId order by o.reviewedOn desc, o.id desc")
public class DecisionOutcome extends BaseEntity {

    static final int NOTE_MAX = 1000;

    /** The remission rule's result when the outcome was recorded (null fields where the condition has none). */
    public record RemissionResult(String status, String rule, String version) {

        public static RemissionResult none() {
            return new RemissionResult(null, null, null);
        }
    }

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "recommendation_id", nullable = false, unique = true, updatable = false)
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    private Recommendation recommendation;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private OutcomeKind outcome;

    @Column(name = "reviewed_on", nullable = false)
    private LocalDate reviewedOn;

    @Column(name = "remission_status", length = 20)
    private String remissionStatus;

    @Column(name = "remission_rule", length = 200)
    private String remissionRule;

    @Column(name = "remission_version", length = 20)
    private String remissionVersion;

    @Column(length = NOTE_MAX)
    private String note;

    @Column(name = "recorded_by", nullable = false, length = 64)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected DecisionOutcome() {
        // for JPA
    }

    /**
     * The outcome of a signed recommendation.
     *
     * @throws InvalidStateException while the recommendation is a draft
     * @throws InvalidInputException on "outcome", "reviewedOn" (not in the future), "note"
     */
    public static DecisionOutcome of(
            Recommendation recommendation,
            OutcomeKind outcome,
            LocalDate reviewedOn,
            String note,
            RemissionResult remission,
            String by,
            Instant now) {
        Objects.requireNonNull(recommendation, "The recommendation is required.");
        if (!recommendation.isSigned()) {
            throw new InvalidStateException("A draft recommendation has no outcome yet: it must be signed first.");
        }
        DecisionOutcome recorded = new DecisionOutcome();
        recorded.recommendation = recommendation;
        recorded.revise(outcome, reviewedOn, note, remission, by, now);
        return recorded;
    }

    /** Corrects the outcome (the history keeps the earlier one). */
    public void revise(
            OutcomeKind newOutcome,
            LocalDate newReviewedOn,
            String newNote,
            RemissionResult remission,
            String by,
            Instant now) {
        if (newOutcome == null) {
            throw new InvalidInputException("outcome", "Choose the outcome.");
        }
        if (newReviewedOn == null) {
            throw new InvalidInputException("reviewedOn", "Enter the date of the review.");
        }
        Objects.requireNonNull(now, "The time is required.");
        if (newReviewedOn.isAfter(
                LocalDate.ofInstant(now, java.time.ZoneOffset.UTC).plusDays(1))) {
            throw new InvalidInputException("reviewedOn", "The review cannot be in the future.");
        }
        this.note = ReviewTexts.optional(newNote, NOTE_MAX, "note");
        this.outcome = newOutcome;
        this.reviewedOn = newReviewedOn;
        RemissionResult r = remission == null ? RemissionResult.none() : remission;
        this.remissionStatus = r.status();
        this.remissionRule =
                r.rule() != null && r.rule().length() > 200 ? r.rule().substring(0, 200) : r.rule();
        this.remissionVersion = r.version();
        this.recordedBy = ReviewTexts.requireUser(by);
        this.recordedAt = now;
    }

    public Recommendation getRecommendation() {
        return recommendation;
    }

    public OutcomeKind getOutcome() {
        return outcome;
    }

    public LocalDate getReviewedOn() {
        return reviewedOn;
    }

    public RemissionResult getRemission() {
        return new RemissionResult(remissionStatus, remissionRule, remissionVersion);
    }

    public Optional<String> getNote() {
        return Optional.ofNullable(note);
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }
}
