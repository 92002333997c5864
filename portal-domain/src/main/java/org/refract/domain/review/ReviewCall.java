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
import org.refract.domain.casework.ClinicalCase;
import org.refract.domain.shared.BaseEntity;

/**
 * A case brought back to its team by the review job: a follow-up or response review that fell due, or a relapse
 * after a stop. The unique key on reason and subject (the recommendation or the treatment line) makes each of them
 * happen once, however often and on however many servers the job runs. Open until an outcome is recorded for the
 * case. A log of what the job did (the case's own changes are audited with the case), so not audited itself.
 */
@Entity
@Table(name = "review_call")
@NamedQuery(
        name = "ReviewCall.subjectsOfTeam",
        query = "select k.reason, k.subjectId from ReviewCall k where k.clinicalCase.team.id = :team")
@NamedQuery(
        name = "ReviewCall.openOfCase",
        query = "select k from ReviewCall k where k.clinicalCase.id = :caseId and k.closedAt is null")
public class ReviewCall extends BaseEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "case_id", nullable = false, updatable = false)
    private ClinicalCase clinicalCase;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24, updatable = false)
    private ReviewCallReason reason;

    @Column(name = "subject_id", nullable = false, updatable = false)
    private long subjectId;

    @Column(name = "due_on", nullable = false, updatable = false)
    private LocalDate dueOn;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "meeting_id", updatable = false)
    private Meeting meeting;

    @Column(name = "message", nullable = false, length = Notification.TEXT_MAX, updatable = false)
    private String text;

    @Column(name = "raised_at", nullable = false, updatable = false)
    private Instant raisedAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    protected ReviewCall() {
        // for JPA
    }

    /**
     * A call for one review.
     *
     * @param meeting the meeting whose agenda the case was put on, or null (none scheduled, or a relapse notice)
     */
    public ReviewCall(
            ClinicalCase clinicalCase,
            ReviewCallReason reason,
            long subjectId,
            LocalDate dueOn,
            Meeting meeting,
            String text,
            Instant now) {
        this.clinicalCase = Objects.requireNonNull(clinicalCase, "The case is required.");
        this.reason = Objects.requireNonNull(reason, "The reason is required.");
        this.subjectId = subjectId;
        this.dueOn = Objects.requireNonNull(dueOn, "The due date is required.");
        this.meeting = meeting;
        String t = Objects.requireNonNull(text, "The text is required.").strip();
        this.text = t.length() > Notification.TEXT_MAX ? t.substring(0, Notification.TEXT_MAX - 1) + "…" : t;
        this.raisedAt = Objects.requireNonNull(now, "The time is required.");
    }

    /** The team has reviewed the case (an outcome was recorded); the first time counts. */
    public void close(Instant now) {
        if (closedAt == null) {
            closedAt = Objects.requireNonNull(now, "The time is required.");
        }
    }

    public boolean isOpen() {
        return closedAt == null;
    }

    public ClinicalCase getClinicalCase() {
        return clinicalCase;
    }

    public ReviewCallReason getReason() {
        return reason;
    }

    public long getSubjectId() {
        return subjectId;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public Optional<Meeting> getMeeting() {
        return Optional.ofNullable(meeting);
    }

    public String getText() {
        return text;
    }

    public Instant getRaisedAt() {
        return raisedAt;
    }

    public Optional<Instant> getClosedAt() {
        return Optional.ofNullable(closedAt);
    }
}
