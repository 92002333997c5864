package org.refract.domain.review;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;
import org.refract.domain.catalog.Therapy;
import org.refract.domain.identity.UserAccount;
import org.refract.domain.shared.BaseEntity;

/** A therapy from the catalogue proposed for one case at one meeting, with its rationale and the team's votes. */
@Entity
@Table(name = "therapy_proposal")
@Audited
public class TherapyProposal extends BaseEntity {

    static final int RATIONALE_MAX = 2000;
    static final int EVIDENCE_MAX = 500;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "agenda_item_id", nullable = false, updatable = false)
    private AgendaItem agendaItem;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "therapy_id", nullable = false, updatable = false)
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    private Therapy therapy;

    @Column(nullable = false, length = RATIONALE_MAX)
    private String rationale;

    @Column(length = EVIDENCE_MAX)
    private String evidence;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "proposed_by_id", nullable = false, updatable = false)
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    private UserAccount proposedBy;

    @Column(name = "proposed_at", nullable = false, updatable = false)
    private Instant proposedAt;

    @OneToMany(mappedBy = "proposal", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<Vote> votes = new ArrayList<>();

    protected TherapyProposal() {
        // for JPA
    }

    TherapyProposal(
            AgendaItem agendaItem,
            Therapy therapy,
            String rationale,
            String evidence,
            UserAccount proposer,
            Instant now) {
        this.agendaItem = agendaItem;
        this.therapy = therapy;
        this.rationale = ReviewTexts.required(rationale, RATIONALE_MAX, "rationale", "Give the rationale.");
        this.evidence = ReviewTexts.optional(evidence, EVIDENCE_MAX, "evidence");
        this.proposedBy = Objects.requireNonNull(proposer, "The proposer is required.");
        this.proposedAt = Objects.requireNonNull(now, "The time is required.");
    }

    /**
     * Records a member's vote, replacing their earlier vote on this proposal.
     *
     * @throws org.refract.domain.shared.InvalidStateException when the case has been decided or the meeting closed
     */
    public Vote vote(UserAccount voter, VoteChoice choice, String note, Instant now) {
        agendaItem.requireOpen();
        Objects.requireNonNull(voter, "The voter is required.");
        Optional<Vote> existing = voteOf(voter);
        if (existing.isPresent()) {
            existing.get().change(choice, note, now);
            return existing.get();
        }
        Vote vote = new Vote(this, voter, choice, note, now);
        votes.add(vote);
        return vote;
    }

    public Optional<Vote> voteOf(UserAccount voter) {
        return votes.stream().filter(v -> v.getVoter().equals(voter)).findFirst();
    }

    public VoteTally tally() {
        return VoteTally.of(votes);
    }

    public AgendaItem getAgendaItem() {
        return agendaItem;
    }

    public Therapy getTherapy() {
        return therapy;
    }

    public String getRationale() {
        return rationale;
    }

    public Optional<String> getEvidence() {
        return Optional.ofNullable(evidence);
    }

    public UserAccount getProposedBy() {
        return proposedBy;
    }

    public Instant getProposedAt() {
        return proposedAt;
    }

    public List<Vote> getVotes() {
        return Collections.unmodifiableList(votes);
    }
}
