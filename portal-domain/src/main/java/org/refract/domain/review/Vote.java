package org.refract.domain.review;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;
import org.refract.domain.identity.UserAccount;
import org.refract.domain.shared.BaseEntity;

/** One member's vote on one proposal; a member who votes again changes their vote. */
@Entity
@Table(name = "proposal_vote", uniqueConstraints = @UniqueConstraint(columnNames = {"proposal_id", "voter_id"}))
@Audited
public class Vote extends BaseEntity {

    static final int NOTE_MAX = 1000;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "proposal_id", nullable = false, updatable = false)
    private TherapyProposal proposal;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "voter_id", nullable = false, updatable = false)
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    private UserAccount voter;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private VoteChoice choice;

    @Column(length = NOTE_MAX)
    private String note;

    @Column(name = "cast_at", nullable = false)
    private Instant castAt;

    protected Vote() {
        // for JPA
    }

    Vote(TherapyProposal proposal, UserAccount voter, VoteChoice choice, String note, Instant now) {
        this.proposal = Objects.requireNonNull(proposal, "The proposal is required.");
        this.voter = Objects.requireNonNull(voter, "The voter is required.");
        change(choice, note, now);
    }

    final void change(VoteChoice newChoice, String newNote, Instant now) {
        this.choice = Objects.requireNonNull(newChoice, "The choice is required.");
        this.note = ReviewTexts.optional(newNote, NOTE_MAX, "note");
        this.castAt = Objects.requireNonNull(now, "The time is required.");
    }

    public TherapyProposal getProposal() {
        return proposal;
    }

    public UserAccount getVoter() {
        return voter;
    }

    public VoteChoice getChoice() {
        return choice;
    }

    public Optional<String> getNote() {
        return Optional.ofNullable(note);
    }

    public Instant getCastAt() {
        return castAt;
    }
}
