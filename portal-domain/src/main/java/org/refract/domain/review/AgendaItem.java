package org.refract.domain.review;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OneToOne;
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
import org.refract.domain.casework.CaseStatus;
import org.refract.domain.casework.ClinicalCase;
import org.refract.domain.catalog.Therapy;
import org.refract.domain.identity.QuorumStatus;
import org.refract.domain.identity.TeamRole;
import org.refract.domain.identity.UserAccount;
import org.refract.domain.shared.BaseEntity;
import org.refract.domain.shared.InvalidInputException;
import org.refract.domain.shared.InvalidStateException;

/**
 * One case on one meeting's agenda: its place and planned minutes, what became of it, the therapy proposals the
 * team voted on, and the recommendation the chair signed.
 */
@Entity
@Table(name = "agenda_item")
@Audited
@NamedQuery(
        name = "AgendaItem.ofCase",
        query = "select i from AgendaItem i join fetch i.meeting m"
                + " where i.clinicalCase = :clinicalCase order by m.startsAt desc, i.id desc")
public class AgendaItem extends BaseEntity {

    static final int MAX_MINUTES = 120;
    static final int NOTES_MAX = 4000;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "meeting_id", nullable = false, updatable = false)
    private Meeting meeting;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "case_id", nullable = false, updatable = false)
    private ClinicalCase clinicalCase;

    @Column(name = "agenda_position", nullable = false)
    private int position;

    /** Planned discussion time. */
    @Column(name = "planned_minutes", nullable = false)
    private int minutes;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private AgendaItemStatus status;

    /** The item of an earlier meeting this one was carried over from ("listed, not discussed" or deferred). */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "carried_from_id", updatable = false)
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    private AgendaItem carriedFrom;

    /** The minutes of the discussion of this case, as noted during the meeting. */
    @Column(name = "minutes_note", length = NOTES_MAX)
    private String notes;

    @Column(name = "minutes_by", length = 64)
    private String notesBy;

    @Column(name = "minutes_at")
    private Instant notesAt;

    @OneToMany(mappedBy = "agendaItem", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<TherapyProposal> proposals = new ArrayList<>();

    @OneToOne(mappedBy = "agendaItem", cascade = CascadeType.ALL, fetch = FetchType.LAZY)
    private Recommendation recommendation;

    protected AgendaItem() {
        // for JPA
    }

    AgendaItem(Meeting meeting, ClinicalCase clinicalCase, int position, int minutes, AgendaItem carriedFrom) {
        this.meeting = meeting;
        this.clinicalCase = clinicalCase;
        this.position = position;
        this.carriedFrom = carriedFrom;
        this.status = AgendaItemStatus.LISTED;
        plan(minutes);
    }

    /**
     * Sets the planned minutes.
     *
     * @throws InvalidInputException on "minutes" (1 to 120)
     */
    public void plan(int newMinutes) {
        if (newMinutes < 1 || newMinutes > MAX_MINUTES) {
            throw new InvalidInputException("minutes", "Between 1 and " + MAX_MINUTES + " minutes.");
        }
        this.minutes = newMinutes;
    }

    void placeAt(int newPosition) {
        this.position = newPosition;
    }

    void beginDiscussion(String by, Instant now) {
        if (status == AgendaItemStatus.IN_DISCUSSION) {
            return;
        }
        if (status != AgendaItemStatus.LISTED) {
            throw new InvalidStateException("This case has already been dealt with at this meeting.");
        }
        if (clinicalCase.getStatus() == CaseStatus.READY_FOR_REVIEW) {
            clinicalCase.startReview(by, now);
        }
        this.status = AgendaItemStatus.IN_DISCUSSION;
    }

    void closeWithMeeting(String by, Instant now) {
        if (status == AgendaItemStatus.LISTED) {
            status = AgendaItemStatus.NOT_DISCUSSED;
        } else if (status == AgendaItemStatus.IN_DISCUSSION) {
            status = AgendaItemStatus.DEFERRED;
            if (clinicalCase.getStatus() == CaseStatus.IN_REVIEW) {
                clinicalCase.reopenForReview(by, now);
            }
        }
    }

    /**
     * Notes (rewrites) the minutes of this case; blank clears them. Refused once the meeting is closed: the record
     * of a closed meeting is corrected by an addendum to its recommendation.
     *
     * @throws InvalidInputException on "notes" (at most 4000 characters)
     * @throws InvalidStateException when the meeting is closed
     */
    public void recordMinutes(String text, String by, Instant now) {
        if (meeting.isClosed()) {
            throw new InvalidStateException("The meeting is closed.");
        }
        this.notes = ReviewTexts.optional(text, NOTES_MAX, "notes");
        this.notesBy = ReviewTexts.requireUser(by);
        this.notesAt = Objects.requireNonNull(now, "The time is required.");
    }

    // --- proposals ---------------------------------------------------------------------------------------------

    /**
     * Proposes a therapy from the catalogue for the team to vote on.
     *
     * @throws InvalidInputException on "therapy" (not for this case's condition), "rationale", "evidence"
     * @throws InvalidStateException when the case has been decided or the meeting is closed
     */
    public TherapyProposal propose(
            Therapy therapy, String rationale, String evidence, UserAccount proposer, Instant now) {
        requireOpen();
        if (therapy == null) {
            throw new InvalidInputException("therapy", "Choose a therapy from the catalogue.");
        }
        if (!therapy.appliesTo(clinicalCase.getCondition())) {
            throw new InvalidInputException(
                    "therapy",
                    therapy.getName() + " is not a therapy for "
                            + clinicalCase.getCondition().getName() + ".");
        }
        TherapyProposal proposal = new TherapyProposal(this, therapy, rationale, evidence, proposer, now);
        proposals.add(proposal);
        return proposal;
    }

    public Optional<TherapyProposal> findProposal(long proposalId) {
        return proposals.stream()
                .filter(p -> Objects.equals(p.getId(), proposalId))
                .findFirst();
    }

    /** Guard for proposals and votes: the case is still open for decision at a meeting that is not closed. */
    void requireOpen() {
        if (meeting.isClosed()) {
            throw new InvalidStateException("The meeting is closed.");
        }
        if (status == AgendaItemStatus.DECIDED) {
            throw new InvalidStateException("The recommendation for this case has been signed.");
        }
    }

    // --- recommendation ----------------------------------------------------------------------------------------

    /**
     * Writes (or rewrites) the draft recommendation for this case; refused once it has been signed.
     */
    public Recommendation recommend(RecommendationContent content, String by, Instant now) {
        requireOpen();
        if (recommendation == null) {
            recommendation = new Recommendation(this, content, by, now);
        } else {
            recommendation.revise(content, by, now);
        }
        return recommendation;
    }

    /**
     * The chair signs the recommendation: it is locked, the case is decided and moves to "Recommendation issued".
     *
     * @param signer the user who signs; their password must have been checked already
     * @param signerRole the signer's role in this meeting's team
     * @throws InvalidStateException when the signer is not the team's chair, the meeting is not in progress or
     *         not quorate, the case is not under discussion, there is no draft, or it was signed already
     */
    public void signOff(UserAccount signer, TeamRole signerRole, Instant now) {
        signOff(signer, signerRole, now, null);
    }

    /**
     * Signs the recommendation as above and records the case's refractory status at that moment (MET, NOT_MET or
     * INSUFFICIENT_DATA; null for a condition without a refractory definition), which team analytics counts.
     */
    public void signOff(UserAccount signer, TeamRole signerRole, Instant now, String refractoryStatus) {
        Objects.requireNonNull(signer, "The signer is required.");
        if (signerRole != TeamRole.CHAIR) {
            throw new InvalidStateException(
                    "Only the chair of " + meeting.getTeam().getName() + " can sign a recommendation.");
        }
        if (meeting.getStatus() != MeetingStatus.IN_PROGRESS) {
            throw new InvalidStateException("A recommendation is signed during the meeting.");
        }
        QuorumStatus quorum = meeting.quorum();
        if (!quorum.met()) {
            throw new InvalidStateException("The meeting is not quorate: " + describe(quorum) + ".");
        }
        if (recommendation == null) {
            throw new InvalidStateException("Write the recommendation before signing it.");
        }
        if (status != AgendaItemStatus.IN_DISCUSSION) {
            throw new InvalidStateException("The case is not under discussion.");
        }
        recommendation.sign(signer, now, refractoryStatus);
        status = AgendaItemStatus.DECIDED;
        clinicalCase.issueRecommendation(signer.getUsername(), now);
    }

    private static String describe(QuorumStatus quorum) {
        List<String> gaps = new ArrayList<>();
        if (quorum.shortfall() > 0) {
            gaps.add(quorum.present() + " of at least " + quorum.minimumPresent() + " present");
        }
        if (!quorum.missingDisciplines().isEmpty()) {
            gaps.add("missing "
                    + quorum.missingDisciplines().stream()
                            .sorted()
                            .map(Enum::name)
                            .toList());
        }
        return String.join(", ", gaps);
    }

    public Meeting getMeeting() {
        return meeting;
    }

    public ClinicalCase getClinicalCase() {
        return clinicalCase;
    }

    public int getPosition() {
        return position;
    }

    public int getMinutes() {
        return minutes;
    }

    public AgendaItemStatus getStatus() {
        return status;
    }

    public Optional<AgendaItem> getCarriedFrom() {
        return Optional.ofNullable(carriedFrom);
    }

    public boolean isCarriedOver() {
        return carriedFrom != null;
    }

    public Optional<String> getNotes() {
        return Optional.ofNullable(notes);
    }

    public Optional<String> getNotesBy() {
        return Optional.ofNullable(notesBy);
    }

    public Optional<Instant> getNotesAt() {
        return Optional.ofNullable(notesAt);
    }

    public List<TherapyProposal> getProposals() {
        return Collections.unmodifiableList(proposals);
    }

    public Optional<Recommendation> getRecommendation() {
        return Optional.ofNullable(recommendation);
    }
}
