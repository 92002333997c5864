package org.refract.service.review;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.refract.domain.casework.ClinicalCase;
import org.refract.domain.catalog.ResistanceFactor;
import org.refract.domain.catalog.Therapy;
import org.refract.domain.decision.RuleOutcome;
import org.refract.domain.identity.Role;
import org.refract.domain.identity.Team;
import org.refract.domain.identity.UserAccount;
import org.refract.domain.review.ActionDraft;
import org.refract.domain.review.AgendaItem;
import org.refract.domain.review.AttendanceStatus;
import org.refract.domain.review.Meeting;
import org.refract.domain.review.Recommendation;
import org.refract.domain.review.RecommendationContent;
import org.refract.domain.review.RecommendationDecision;
import org.refract.domain.review.TherapyProposal;
import org.refract.domain.review.VoteChoice;
import org.refract.domain.review.VoteTally;
import org.refract.service.audit.SecurityEventService;
import org.refract.service.casework.CaseViewLog;
import org.refract.service.catalog.CatalogFinder;
import org.refract.service.decision.AssessmentService;
import org.refract.service.identity.AuthenticationService;
import org.refract.service.shared.AccessDeniedException;
import org.refract.service.shared.ConflictException;
import org.refract.service.shared.InvalidRequestException;
import org.refract.service.shared.NotFoundException;

/**
 * A case on the agenda from discussion to a signed recommendation: minutes, therapy proposals and votes (members
 * sitting in the meeting), the draft recommendation (any member), sign-off (the chair alone, after re-entering
 * their password), addenda and the outcome letter. Only members of the meeting's team reach a case.
 */
@Stateless
@RolesAllowed({Role.CLINICIAN_NAME, Role.CHAIR_NAME})
public class RecommendationService {

    private static final DateTimeFormatter SAVED_AT =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);

    @PersistenceContext
    EntityManager em;

    @Inject
    CatalogFinder catalog;

    @Inject
    Clock clock;

    @Inject
    MeetingAccess access;

    @Inject
    MeetingViews views;

    @EJB
    AuthenticationService authentication;

    @Inject
    CaseViewLog viewLog;

    @EJB
    SecurityEventService securityEvents;

    /** analytics: the refractory status at signing is recorded with the recommendation. */
    @EJB
    AssessmentService assessments;

    /** discussion: notifications (and e-mails) for listings and sign-offs; see ReviewNotifications. */
    @Inject
    Event<ReviewEvent> reviewEvents;

    public ItemDetail item(long meetingId, long itemId) {
        Meeting meeting = access.get(meetingId);
        return views.itemDetail(meeting, access.item(meeting, itemId));
    }

    /** Takes up a case in the meeting (meeting mode); it moves to "In review". */
    public ItemDetail discuss(long meetingId, long itemId) {
        Meeting meeting = access.getToManage(meetingId);
        meeting.discuss(access.item(meeting, itemId), access.caller(), clock.instant());
        em.flush();
        return views.itemDetail(meeting, access.item(meeting, itemId));
    }

    /**
     * Notes the minutes of a case (chair or coordinator), while the meeting is not closed; a blank text clears them.
     *
     * @throws org.refract.domain.shared.InvalidInputException on "notes" when too long
     */
    public ItemDetail recordMinutes(long meetingId, long itemId, String text) {
        Meeting meeting = access.getToManage(meetingId);
        AgendaItem item = access.item(meeting, itemId);
        item.recordMinutes(text, access.caller(), clock.instant());
        em.flush();
        return views.itemDetail(meeting, item);
    }

    public ItemDetail propose(long meetingId, long itemId, ProposalRequest request) {
        Meeting meeting = access.get(meetingId);
        AgendaItem item = access.item(meeting, itemId);
        item.propose(
                therapy(request.therapyCode()).orElse(null),
                request.rationale(),
                request.evidence(),
                access.account(),
                clock.instant());
        em.flush();
        return views.itemDetail(meeting, item);
    }

    /**
     * Records the caller's vote (a later vote replaces an earlier one). Only members sitting in the meeting vote,
     * so that the tally is the room's.
     */
    public ItemDetail vote(long meetingId, long proposalId, VoteChoice choice, String note) {
        Meeting meeting = access.get(meetingId);
        TherapyProposal proposal = meeting.getAgenda().stream()
                .flatMap(i -> i.getProposals().stream())
                .filter(p -> p.getId() == proposalId)
                .findFirst()
                .orElseThrow(() -> new NotFoundException("Proposal " + proposalId + " was not found."));
        UserAccount voter = access.account();
        if (!meeting.isAttendedBy(voter)) {
            throw new AccessDeniedException("Only members marked present at the meeting vote.");
        }
        if (choice == null) {
            throw InvalidRequestException.of("choice", "Choose support, oppose or abstain.");
        }
        proposal.vote(voter, choice, note, clock.instant());
        em.flush();
        return views.itemDetail(meeting, proposal.getAgendaItem());
    }

    /**
     * Writes the draft recommendation (any member of the team; it counts only once the chair signs it). The request
     * carries the version of the draft its author saw (null for none); a draft saved by someone else since is
     * refused, naming who saved it, so that two members writing at once never overwrite each other unseen.
     *
     * @throws ConflictException when the draft changed since the author read it
     */
    public ItemDetail recommend(long meetingId, long itemId, RecommendationRequest request) {
        Meeting meeting = access.get(meetingId);
        AgendaItem item = access.item(meeting, itemId);
        Optional<Recommendation> draft = item.getRecommendation().filter(r -> !r.isSigned());
        if (draft.isPresent() && !Long.valueOf(draft.get().getVersion()).equals(request.expectedVersion())) {
            Recommendation saved = draft.get();
            String name = access.user(saved.getDraftedBy())
                    .map(UserAccount::getDisplayName)
                    .orElse(saved.getDraftedBy());
            throw new ConflictException(
                    "The recommendation was saved by " + name + " at "
                            + SAVED_AT.format(saved.getDraftedAt()) + " after you opened it. Your input is kept: review"
                            + " their version, then save again.",
                    saved.getDraftedBy(),
                    saved.getDraftedAt());
        }
        item.recommend(content(meeting.getTeam(), request), access.caller(), clock.instant());
        em.flush();
        return views.itemDetail(meeting, item);
    }

    /**
     * The chair signs the recommendation after re-entering their password. The password is checked like a login
     * (throttled by the same rules), so a wrong one is counted like a failed login: sign-off
     * must not become a way to guess the password of a chair whose session was left open.
     *
     * @throws InvalidRequestException on "password" when it is wrong (nothing is signed)
     * @throws org.refract.domain.shared.InvalidStateException without quorum, or when not the chair
     */
    public ItemDetail signOff(long meetingId, long itemId, String password) {
        Meeting meeting = access.get(meetingId);
        AgendaItem item = access.item(meeting, itemId);
        if (authentication.authenticate(access.caller(), password).isEmpty()) {
            throw InvalidRequestException.of(
                    "password",
                    "The password is not correct (after several wrong ones, wait a minute before trying again).");
        }
        item.signOff(
                access.account(),
                access.roleIn(meeting.getTeam()),
                clock.instant(),
                refractoryStatus(item.getClinicalCase().getId()));
        em.flush();
        reviewEvents.fire(ReviewEvent.recommendationSigned(
                meetingId, item.getClinicalCase().getId(), access.caller())); // discussion
        return views.itemDetail(meeting, item);
    }

    /** The case's refractory status now, as the decision support panel shows it; null without a definition. */
    private String refractoryStatus(long caseId) {
        RuleOutcome refractory = assessments.assess(caseId).refractoryOutcome();
        return refractory == null ? null : refractory.refractoryStatus();
    }

    /** A dated correction of a signed recommendation, by the team's chair or coordinator. */
    public ItemDetail addAddendum(long meetingId, long itemId, String text) {
        Meeting meeting = access.getToManage(meetingId);
        AgendaItem item = access.item(meeting, itemId);
        Recommendation recommendation =
                item.getRecommendation().orElseThrow(() -> new NotFoundException("No recommendation for this case."));
        recommendation.addAddendum(text, access.caller(), clock.instant());
        em.flush();
        return views.itemDetail(meeting, item);
    }

    /**
     * The outcome letter of a signed recommendation, for members of the meeting's team only. A download reads the
     * case: it is written to the case's view log and to the security log as an export.
     *
     * @throws NotFoundException for another team's meeting, or while the recommendation is not signed
     */
    public OutcomeLetter outcomeLetter(long meetingId, long itemId) {
        Meeting meeting = access.get(meetingId);
        AgendaItem item = access.item(meeting, itemId);
        Recommendation r = item.getRecommendation()
                .filter(Recommendation::isSigned)
                .orElseThrow(() -> new NotFoundException("No signed recommendation for this case."));
        ClinicalCase c = item.getClinicalCase();
        viewLog.record(c.getId(), access.caller(), clock.instant());
        securityEvents.exported("outcome letter of case " + c.getId() + ", meeting " + meetingId);
        List<String> present = meeting.getAttendance().stream()
                .filter(a -> a.getStatus() == AttendanceStatus.PRESENT)
                .map(a -> a.getMember().getDisplayName() + ", "
                        + OutcomeLetterPdf.discipline(
                                a.getMember().getDiscipline() == null
                                        ? null
                                        : a.getMember().getDiscipline().name()))
                .sorted()
                .toList();
        List<OutcomeLetter.Considered> considered = item.getProposals().stream()
                .map(p -> {
                    VoteTally tally = p.tally();
                    return new OutcomeLetter.Considered(
                            p.getTherapy().getName(),
                            p.getRationale(),
                            p.getEvidence().orElse(null),
                            tally.support(),
                            tally.oppose(),
                            tally.abstain());
                })
                .toList();
        return new OutcomeLetter(
                c.getPatient().getPseudonym(),
                c.getCondition().getName(),
                meeting.getTeam().getName(),
                meeting.getTitle(),
                meeting.getStartsAt(),
                r.getDecision().label(),
                r.getTherapy().map(Therapy::getName).orElse(null),
                r.getRationale(),
                r.getFactorsToAddress().stream()
                        .map(ResistanceFactor::getName)
                        .sorted()
                        .toList(),
                r.getActions().stream()
                        .map(a -> new OutcomeLetter.Action(
                                a.getDescription(), a.getOwner().getDisplayName(), a.getDueDate()))
                        .toList(),
                r.getFollowUpOn().orElse(null),
                item.getNotes().orElse(null),
                considered,
                present,
                r.getSignedBy().map(UserAccount::getDisplayName).orElse(""),
                r.getSignedAt().orElseThrow(),
                r.getAddenda().stream()
                        .map(a -> new OutcomeLetter.Correction(
                                a.getText(),
                                access.user(a.getWrittenBy())
                                        .map(UserAccount::getDisplayName)
                                        .orElse(a.getWrittenBy()),
                                a.getWrittenAt()))
                        .toList(),
                views.today());
    }

    private Optional<Therapy> therapy(String code) {
        if (code == null || code.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(catalog.findTherapy(code)
                .orElseThrow(() -> InvalidRequestException.of("therapy", "No therapy " + code + " in the catalogue.")));
    }

    private RecommendationContent content(Team team, RecommendationRequest request) {
        RecommendationDecision decision = null;
        if (request.decision() != null && !request.decision().isBlank()) {
            try {
                decision = RecommendationDecision.valueOf(request.decision());
            } catch (IllegalArgumentException e) {
                throw InvalidRequestException.of("decision", "Unknown decision " + request.decision() + ".");
            }
        }
        Set<ResistanceFactor> factors = new HashSet<>();
        for (String code : request.factorCodes()) {
            factors.add(catalog.findFactor(code)
                    .orElseThrow(() -> InvalidRequestException.of("factorsToAddress", "No factor " + code + ".")));
        }
        List<ActionDraft> actions = new ArrayList<>();
        for (int i = 0; i < request.actions().size(); i++) {
            ActionRequest a = request.actions().get(i);
            UserAccount owner = null;
            if (a.ownerUsername() != null && !a.ownerUsername().isBlank()) {
                if (!team.hasMember(a.ownerUsername())) {
                    throw InvalidRequestException.of(
                            "actions[" + i + "].owner",
                            a.ownerUsername() + " is not a member of " + team.getName() + ".");
                }
                owner = access.user(a.ownerUsername()).orElseThrow();
            }
            actions.add(new ActionDraft(a.description(), owner, a.dueDate()));
        }
        return new RecommendationContent(
                decision,
                therapy(request.therapyCode()).orElse(null),
                request.rationale(),
                factors,
                actions,
                request.followUpOn());
    }
}
