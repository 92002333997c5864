package org.refract.domain.review;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
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
import org.refract.domain.identity.UserAccount;
import org.refract.domain.shared.BaseEntity;
import org.refract.domain.shared.InvalidInputException;
import org.refract.domain.shared.InvalidStateException;

/** A task the team's recommendation gives one person, with a due date; its owner marks it done. */
@Entity
@Table(name = "action_item")
@Audited
@NamedQuery(
        name = "ActionItem.openOfOwner",
        query = "select a from ActionItem a join fetch a.recommendation r"
                + " where a.owner.username = :username and a.completedAt is null and r.signedAt is not null"
                + " order by a.dueDate, a.id")
public class ActionItem extends BaseEntity {

    static final int DESCRIPTION_MAX = 500;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "recommendation_id", nullable = false, updatable = false)
    private Recommendation recommendation;

    @Column(nullable = false, length = DESCRIPTION_MAX)
    private String description;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "owner_id", nullable = false)
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    private UserAccount owner;

    @Column(name = "due_date", nullable = false)
    private LocalDate dueDate;

    @Column(name = "completed_at")
    private Instant completedAt;

    @Column(name = "completed_by", length = 64)
    private String completedBy;

    protected ActionItem() {
        // for JPA
    }

    ActionItem(Recommendation recommendation, ActionDraft draft, int index) {
        this.recommendation = recommendation;
        String prefix = "actions[" + index + "].";
        this.description = ReviewTexts.required(
                draft.description(), DESCRIPTION_MAX, prefix + "description", "Describe the action.");
        if (draft.owner() == null) {
            throw new InvalidInputException(prefix + "owner", "Choose who owns the action.");
        }
        if (draft.dueDate() == null) {
            throw new InvalidInputException(prefix + "dueDate", "A due date is required.");
        }
        this.owner = draft.owner();
        this.dueDate = draft.dueDate();
    }

    /** The owner (or the chair) marks the action done; only on a signed recommendation. */
    public void complete(String by, Instant now) {
        if (!recommendation.isSigned()) {
            throw new InvalidStateException("Actions of a draft recommendation cannot be completed.");
        }
        if (completedAt != null) {
            return;
        }
        this.completedBy = ReviewTexts.requireUser(by);
        this.completedAt = Objects.requireNonNull(now, "The time is required.");
    }

    public boolean isDone() {
        return completedAt != null;
    }

    /** Open and past its due date on {@code today}. */
    public boolean isOverdueOn(LocalDate today) {
        return !isDone() && dueDate.isBefore(today);
    }

    public Recommendation getRecommendation() {
        return recommendation;
    }

    public String getDescription() {
        return description;
    }

    public UserAccount getOwner() {
        return owner;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public Optional<Instant> getCompletedAt() {
        return Optional.ofNullable(completedAt);
    }

    public Optional<String> getCompletedBy() {
        return Optional.ofNullable(completedBy);
    }
}
