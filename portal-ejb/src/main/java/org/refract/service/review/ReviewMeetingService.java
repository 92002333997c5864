package org.refract.service.review;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.refract.domain.casework.CaseStatus;
import org.refract.domain.casework.ClinicalCase;
import org.refract.domain.catalog.ResistanceFactor;
import org.refract.domain.catalog.Therapy;
import org.refract.domain.identity.Discipline;
import org.refract.domain.identity.QuorumRule;
import org.refract.domain.identity.Role;
import org.refract.domain.identity.Team;
import org.refract.domain.identity.TeamMembership;
import org.refract.domain.identity.UserAccount;
import org.refract.domain.review.ActionDraft;
import org.refract.domain.review.ActionItem;
import org.refract.domain.review.AgendaItem;
import org.refract.domain.review.Attendance;
import org.refract.domain.review.AttendanceStatus;
import org.refract.domain.review.Meeting;
import org.refract.domain.review.MeetingStatus;
import org.refract.domain.review.Recommendation;
import org.refract.domain.review.RecommendationContent;
import org.refract.domain.review.RecommendationDecision;
import org.refract.domain.review.TherapyProposal;
import org.refract.domain.review.VoteChoice;
import org.refract.domain.review.VoteTally;
import org.refract.service.identity.AuthenticationService;
import org.refract.service.shared.AccessDeniedException;
import org.refract.service.shared.ConflictException;
import org.refract.service.shared.InvalidRequestException;
import org.refract.service.shared.NotFoundException;

/**
 * A team's meetings from scheduling to signed recommendations. Every method works only on the caller's own
 * teams (another team's meeting is "not found"); changes to the meeting itself (schedule, agenda, attendance,
 * start, close) are for the team's chair or coordinator, proposals and votes for every member, sign-off for the
 * chair alone after re-entering their password.
 */
@Stateless
@RolesAllowed({Role.CLINICIAN_NAME, Role.CHAIR_NAME})
public class ReviewMeetingService {

    static final int DEFAULT_MINUTES = 10;

    private static final DateTimeFormatter SAVED_AT =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    MeetingAccess access;

    @EJB
    AuthenticationService authentication;

    /** discussion: notifications (and e-mails) for listings and sign-offs; see ReviewNotifications. */
    @Inject
    Event<ReviewEvent> reviewEvents;

    // --- meetings ----------------------------------------------------------------------------------------------

    /** Schedules a meeting of one of the caller's teams (chair or coordinator). */
    public MeetingDetail schedule(MeetingRequest request) {
        Team team = access.team(request.teamCode());
        access.requireManager(team);
        Meeting meeting = new Meeting(
                team,
                request.title(),
                request.startsAt(),
                request.durationMinutes(),
                request.place(),
                request.videoLink(),
                access.caller(),
                clock.instant());
        em.persist(meeting);
        em.flush();
        return detail(meeting);
    }

    /** The meetings of the caller's teams starting in [from, to), in time order: the calendar. */
    public List<MeetingRow> calendar(LocalDate from, LocalDate to) {
        return em.createQuery(
                        "select m from Meeting m join fetch m.team t where m.startsAt >= :from"
                                + " and m.startsAt < :to and exists (select tm from TeamMembership tm where tm.team = t"
                                + " and tm.user.username = :caller) order by m.startsAt, m.id",
                        Meeting.class)
                .setParameter("from", from.atStartOfDay())
                .setParameter("to", to.atStartOfDay())
                .setParameter("caller", access.caller())
                .getResultStream()
                .map(MeetingRow::of)
                .toList();
    }

    /** Upcoming (not closed) meetings of the caller's teams, soonest first. */
    public List<MeetingRow> upcoming(int max) {
        return em.createNamedQuery("Meeting.upcomingForUser", Meeting.class)
                .setParameter("username", access.caller())
                .setParameter("closed", MeetingStatus.CLOSED)
                .setParameter("from", LocalDateTime.now(clock).toLocalDate().atStartOfDay())
                .setMaxResults(max)
                .getResultStream()
                .map(MeetingRow::of)
                .toList();
    }

    public MeetingDetail get(long meetingId) {
        return detail(access.get(meetingId));
    }

    public MeetingDetail reschedule(long meetingId, MeetingRequest request) {
        Meeting meeting = access.getToManage(meetingId);
        meeting.reschedule(
                request.title(), request.startsAt(), request.durationMinutes(), request.place(), request.videoLink());
        return flushed(meeting);
    }

    // --- agenda ------------------------------------------------------------------------------------------------

    /** The team's ready-for-review cases that are not on this agenda yet. */
    public List<CaseOption> readyCases(long meetingId) {
        Meeting meeting = access.get(meetingId);
        return readyNotListed(meeting).stream()
                .map(c -> new CaseOption(
                        c.getId(),
                        c.getPatient().getPseudonym(),
                        c.getCondition().getName(),
                        c.getTitle()))
                .toList();
    }

    public MeetingDetail list(long meetingId, long caseId, int minutes) {
        Meeting meeting = access.getToManage(meetingId);
        ClinicalCase clinicalCase = em.createQuery(
                        "select c from ClinicalCase c join fetch c.patient" + " where c.id = :id and c.team = :team",
                        ClinicalCase.class)
                .setParameter("id", caseId)
                .setParameter("team", meeting.getTeam())
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new NotFoundException("Case " + caseId + " was not found."));
        meeting.list(clinicalCase, minutes, null);
        reviewEvents.fire(ReviewEvent.caseListed(meeting.getId(), caseId, access.caller())); // discussion
        return flushed(meeting);
    }

    /** Puts every ready case of the team that is not yet listed on the agenda, oldest status change first. */
    public MeetingDetail buildAgendaFromReadyCases(long meetingId) {
        Meeting meeting = access.getToManage(meetingId);
        for (ClinicalCase clinicalCase : readyNotListed(meeting)) {
            meeting.list(clinicalCase, DEFAULT_MINUTES, null);
            reviewEvents.fire(
                    ReviewEvent.caseListed(meeting.getId(), clinicalCase.getId(), access.caller())); // discussion
        }
        return flushed(meeting);
    }

    public MeetingDetail move(long meetingId, long itemId, int newPosition) {
        Meeting meeting = access.getToManage(meetingId);
        meeting.move(item(meeting, itemId), newPosition);
        return flushed(meeting);
    }

    public MeetingDetail plan(long meetingId, long itemId, int minutes) {
        Meeting meeting = access.getToManage(meetingId);
        item(meeting, itemId).plan(minutes);
        return flushed(meeting);
    }

    public MeetingDetail unlist(long meetingId, long itemId) {
        Meeting meeting = access.getToManage(meetingId);
        meeting.unlist(item(meeting, itemId));
        return flushed(meeting);
    }

    // --- attendance and lifecycle ------------------------------------------------------------------------------

    /** Marks a member present or absent, optionally with a colleague covering (an active user) for the absent. */
    public MeetingDetail recordAttendance(
            long meetingId, String memberUsername, AttendanceStatus status, String coverUsername) {
        Meeting meeting = access.getToManage(meetingId);
        UserAccount member = access.user(memberUsername)
                .orElseThrow(() -> InvalidRequestException.of("member", "No member " + memberUsername + "."));
        UserAccount cover = null;
        if (coverUsername != null && !coverUsername.isBlank()) {
            cover = access.user(coverUsername)
                    .filter(UserAccount::isActive)
                    .orElseThrow(() -> InvalidRequestException.of("cover", "No active user " + coverUsername + "."));
        }
        meeting.recordAttendance(member, status, cover, access.caller(), clock.instant());
        return flushed(meeting);
    }

    public MeetingDetail start(long meetingId) {
        Meeting meeting = access.getToManage(meetingId);
        meeting.start();
        return flushed(meeting);
    }

    /** Takes up a case in the meeting (meeting mode); it moves to "In review". */
    public ItemDetail discuss(long meetingId, long itemId) {
        Meeting meeting = access.getToManage(meetingId);
        meeting.discuss(item(meeting, itemId), access.caller(), clock.instant());
        em.flush();
        return itemDetail(meeting, item(meeting, itemId));
    }

    /**
     * Closes the meeting. Cases not reached and cases without a signed recommendation go back to "Ready for
     * review" and onto the team's next scheduled meeting, if there is one.
     */
    public MeetingDetail close(long meetingId) {
        Meeting meeting = access.getToManage(meetingId);
        List<AgendaItem> carried = meeting.close(access.caller(), clock.instant());
        em.flush();
        if (!carried.isEmpty()) {
            em.createNamedQuery("Meeting.nextOfTeam", Meeting.class)
                    .setParameter("team", meeting.getTeam())
                    .setParameter("scheduled", MeetingStatus.SCHEDULED)
                    .setParameter("after", meeting.getStartsAt())
                    .setParameter("meeting", meeting)
                    .setMaxResults(1)
                    .getResultStream()
                    .findFirst()
                    .ifPresent(next -> next.carryOver(carried)
                            .forEach(i -> reviewEvents.fire( // discussion
                                    ReviewEvent.caseListed(
                                            next.getId(), i.getClinicalCase().getId(), access.caller()))));
        }
        return flushed(meeting);
    }

    /**
     * Notes the minutes of a case (chair or coordinator), while the meeting is not closed; a blank text clears them.
     *
     * @throws org.refract.domain.shared.InvalidInputException on "notes" when too long
     */
    public ItemDetail recordMinutes(long meetingId, long itemId, String text) {
        Meeting meeting = access.getToManage(meetingId);
        AgendaItem item = item(meeting, itemId);
        item.recordMinutes(text, access.caller(), clock.instant());
        em.flush();
        return itemDetail(meeting, item);
    }

    // --- proposals, votes, recommendation ----------------------------------------------------------------------

    public ItemDetail item(long meetingId, long itemId) {
        Meeting meeting = access.get(meetingId);
        return itemDetail(meeting, item(meeting, itemId));
    }

    public ItemDetail propose(long meetingId, long itemId, ProposalRequest request) {
        Meeting meeting = access.get(meetingId);
        AgendaItem item = item(meeting, itemId);
        item.propose(
                therapy(request.therapyCode()).orElse(null),
                request.rationale(),
                request.evidence(),
                access.account(),
                clock.instant());
        em.flush();
        return itemDetail(meeting, item);
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
        return itemDetail(meeting, proposal.getAgendaItem());
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
        AgendaItem item = item(meeting, itemId);
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
        return itemDetail(meeting, item);
    }

    /**
     * The chair signs the recommendation after re-entering their password. The password is checked like a login
     * (in its own transaction), so a wrong one counts towards the account lockout: sign-off must not become a way
     * to guess the password of a chair whose session was left open. A locked account cannot sign.
     *
     * @throws InvalidRequestException on "password" when it is wrong (nothing is signed)
     * @throws org.refract.domain.shared.InvalidStateException without quorum, or when not the chair
     */
    public ItemDetail signOff(long meetingId, long itemId, String password) {
        Meeting meeting = access.get(meetingId);
        AgendaItem item = item(meeting, itemId);
        if (authentication.authenticate(access.caller(), password).isEmpty()) {
            throw InvalidRequestException.of("password", "The password is not correct (or the account is locked).");
        }
        item.signOff(access.account(), access.roleIn(meeting.getTeam()), clock.instant());
        em.flush();
        reviewEvents.fire(ReviewEvent.recommendationSigned(
                meetingId, item.getClinicalCase().getId(), access.caller())); // discussion
        return itemDetail(meeting, item);
    }

    /** A dated correction of a signed recommendation, by the team's chair or coordinator. */
    public ItemDetail addAddendum(long meetingId, long itemId, String text) {
        Meeting meeting = access.getToManage(meetingId);
        AgendaItem item = item(meeting, itemId);
        Recommendation recommendation =
                item.getRecommendation().orElseThrow(() -> new NotFoundException("No recommendation for this case."));
        recommendation.addAddendum(text, access.caller(), clock.instant());
        em.flush();
        return itemDetail(meeting, item);
    }

    // --- outcome letter ----------------------------------------------------------------------------------------

    /**
     * The outcome letter of a signed recommendation, for members of the meeting's team only.
     *
     * @throws NotFoundException for another team's meeting, or while the recommendation is not signed
     */
    public OutcomeLetter outcomeLetter(long meetingId, long itemId) {
        Meeting meeting = access.get(meetingId);
        AgendaItem item = item(meeting, itemId);
        Recommendation r = item.getRecommendation()
                .filter(Recommendation::isSigned)
                .orElseThrow(() -> new NotFoundException("No signed recommendation for this case."));
        ClinicalCase c = item.getClinicalCase();
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
                today());
    }

    /** The meetings a case of the caller's teams was listed on, latest first (empty for anyone else's case). */
    public List<CaseReviewRow> reviewsOfCase(long caseId) {
        return em.createQuery(
                        "select i from AgendaItem i join fetch i.meeting m where i.clinicalCase.id = :case"
                                + " and exists (select tm from TeamMembership tm where tm.team = m.team"
                                + " and tm.user.username = :caller) order by m.startsAt desc, i.id desc",
                        AgendaItem.class)
                .setParameter("case", caseId)
                .setParameter("caller", access.caller())
                .getResultStream()
                .map(i -> new CaseReviewRow(
                        i.getMeeting().getId(),
                        i.getId(),
                        i.getMeeting().getTitle(),
                        i.getMeeting().getStartsAt(),
                        i.getStatus().name(),
                        i.getRecommendation().map(r -> r.getDecision().name()).orElse(null),
                        i.getRecommendation().map(Recommendation::isSigned).orElse(false)))
                .toList();
    }

    // --- action items ------------------------------------------------------------------------------------------

    /** The caller's open action items of signed recommendations, soonest due first. */
    public List<ActionRow> myOpenActions() {
        LocalDate today = today();
        return em.createNamedQuery("ActionItem.openOfOwner", ActionItem.class)
                .setParameter("username", access.caller())
                .getResultStream()
                .map(a -> actionRow(a, today))
                .toList();
    }

    /** The owner (or the team's chair or coordinator) marks an action done. */
    public ActionRow completeAction(long actionId) {
        ActionItem action = em.createQuery(
                        "select a from ActionItem a where a.id = :id and exists"
                                + " (select tm from TeamMembership tm where tm.team = a.recommendation.agendaItem.meeting.team"
                                + " and tm.user.username = :caller)",
                        ActionItem.class)
                .setParameter("id", actionId)
                .setParameter("caller", access.caller())
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new NotFoundException("Action " + actionId + " was not found."));
        if (!action.getOwner().getUsername().equals(access.caller())) {
            access.requireManager(
                    action.getRecommendation().getAgendaItem().getMeeting().getTeam());
        }
        action.complete(access.caller(), clock.instant());
        em.flush();
        return actionRow(action, today());
    }

    // --- quorum rule -------------------------------------------------------------------------------------------

    public QuorumRuleView quorumRule(String teamCode) {
        Team team = access.team(teamCode);
        var role = access.roleIn(team);
        QuorumRule rule = team.getQuorumRule();
        return new QuorumRuleView(
                team.getCode(),
                team.getName(),
                rule.minimumPresent(),
                rule.getRequiredDisciplines().stream().sorted().map(Enum::name).toList(),
                role != org.refract.domain.identity.TeamRole.MEMBER);
    }

    /** The team's chair or coordinator changes when the team's meetings are quorate. */
    public QuorumRuleView changeQuorumRule(String teamCode, int minimumPresent, List<String> disciplines) {
        Team team = access.team(teamCode);
        access.requireManager(team);
        Set<Discipline> required = new HashSet<>();
        for (String name : disciplines == null ? List.<String>of() : disciplines) {
            try {
                required.add(Discipline.valueOf(name));
            } catch (IllegalArgumentException e) {
                throw InvalidRequestException.of("requiredDisciplines", "Unknown discipline " + name + ".");
            }
        }
        team.changeQuorumRule(QuorumRule.of(minimumPresent, required));
        em.flush();
        return quorumRule(teamCode);
    }

    // --- helpers -----------------------------------------------------------------------------------------------

    private List<ClinicalCase> readyNotListed(Meeting meeting) {
        return em.createQuery(
                        "select c from ClinicalCase c join fetch c.patient join fetch c.condition"
                                + " where c.team = :team and c.status = :ready"
                                + " and not exists (select i from AgendaItem i where i.meeting = :meeting and i.clinicalCase = c)"
                                + " order by c.statusChangedAt, c.id",
                        ClinicalCase.class)
                .setParameter("team", meeting.getTeam())
                .setParameter("ready", CaseStatus.READY_FOR_REVIEW)
                .setParameter("meeting", meeting)
                .getResultList();
    }

    private static AgendaItem item(Meeting meeting, long itemId) {
        return meeting.findItem(itemId)
                .orElseThrow(() -> new NotFoundException("Agenda item " + itemId + " was not found."));
    }

    private Optional<Therapy> therapy(String code) {
        if (code == null || code.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(em.createNamedQuery("Therapy.byCode", Therapy.class)
                .setParameter("code", code)
                .getResultStream()
                .findFirst()
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
            factors.add(em.createNamedQuery("ResistanceFactor.byCode", ResistanceFactor.class)
                    .setParameter("code", code)
                    .getResultStream()
                    .findFirst()
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

    private MeetingDetail flushed(Meeting meeting) {
        em.flush();
        return detail(meeting);
    }

    private MeetingDetail detail(Meeting meeting) {
        Team team = meeting.getTeam();
        List<AttendanceRow> attendance = new ArrayList<>();
        for (TeamMembership m : team.getMembers()) {
            UserAccount user = m.getUser();
            Optional<Attendance> record = meeting.attendanceOf(user);
            attendance.add(new AttendanceRow(
                    user.getUsername(),
                    user.getDisplayName(),
                    user.getDiscipline() == null ? null : user.getDiscipline().name(),
                    m.getTeamRole().name(),
                    record.map(r -> r.getStatus().name()).orElse(null),
                    record.flatMap(Attendance::getCover)
                            .map(UserAccount::getUsername)
                            .orElse(null),
                    record.flatMap(Attendance::getCover)
                            .map(UserAccount::getDisplayName)
                            .orElse(null)));
        }
        attendance.sort(Comparator.comparing(AttendanceRow::teamRole).thenComparing(AttendanceRow::displayName));
        return new MeetingDetail(
                meeting.getId(),
                meeting.getVersion(),
                team.getCode(),
                team.getName(),
                meeting.getTitle(),
                meeting.getStartsAt(),
                meeting.getDurationMinutes(),
                meeting.getPlace().orElse(null),
                meeting.getVideoLink().orElse(null),
                meeting.getStatus().name(),
                meeting.getAgenda().stream().map(AgendaRow::of).toList(),
                attendance,
                QuorumView.of(meeting.quorum()),
                access.roleIn(team).name(),
                meeting.plannedMinutes());
    }

    private ItemDetail itemDetail(Meeting meeting, AgendaItem item) {
        UserAccount me = access.account();
        List<ProposalRow> proposals = item.getProposals().stream()
                .map(p -> {
                    VoteTally tally = p.tally();
                    return new ProposalRow(
                            p.getId(),
                            p.getTherapy().getCode(),
                            p.getTherapy().getName(),
                            p.getRationale(),
                            p.getEvidence().orElse(null),
                            p.getProposedBy().getDisplayName(),
                            p.getVotes().stream()
                                    .map(v -> new VoteRow(
                                            v.getVoter().getUsername(),
                                            v.getVoter().getDisplayName(),
                                            v.getChoice().name(),
                                            v.getNote().orElse(null)))
                                    .toList(),
                            tally.support(),
                            tally.oppose(),
                            tally.abstain(),
                            p.voteOf(me).map(v -> v.getChoice().name()).orElse(null));
                })
                .toList();
        List<AgendaItem> agenda = meeting.getAgenda();
        int index = agenda.indexOf(item);
        Long previous = index > 0 ? agenda.get(index - 1).getId() : null;
        Long next = index < agenda.size() - 1 ? agenda.get(index + 1).getId() : null;
        return new ItemDetail(
                meeting.getId(),
                AgendaRow.of(item),
                proposals,
                item.getRecommendation().map(r -> recommendationView(r, item)).orElse(null),
                previous,
                next,
                item.getNotes().orElse(null),
                item.getNotesBy().map(this::displayName).orElse(null),
                item.getNotesAt().orElse(null));
    }

    private RecommendationView recommendationView(Recommendation r, AgendaItem item) {
        LocalDate today = today();
        List<ResistanceFactor> factors = r.getFactorsToAddress().stream()
                .sorted(Comparator.comparing(ResistanceFactor::getName))
                .toList();
        return new RecommendationView(
                r.getId(),
                r.getDecision().name(),
                r.getDecision().label(),
                r.getTherapy().map(Therapy::getCode).orElse(null),
                r.getTherapy().map(Therapy::getName).orElse(null),
                r.getRationale(),
                factors.stream().map(ResistanceFactor::getCode).toList(),
                factors.stream().map(ResistanceFactor::getName).toList(),
                r.getActions().stream().map(a -> actionRow(a, today)).toList(),
                r.getFollowUpOn().orElse(null),
                r.isSigned(),
                r.getSignedBy().map(UserAccount::getDisplayName).orElse(null),
                r.getSignedAt().orElse(null),
                r.getAddenda().stream()
                        .map(a -> new AddendumRow(a.getText(), displayName(a.getWrittenBy()), a.getWrittenAt()))
                        .toList(),
                r.getVersion(),
                displayName(r.getDraftedBy()),
                r.getDraftedAt());
    }

    private static ActionRow actionRow(ActionItem a, LocalDate today) {
        ClinicalCase c = a.getRecommendation().getAgendaItem().getClinicalCase();
        return new ActionRow(
                a.getId(),
                a.getDescription(),
                a.getOwner().getUsername(),
                a.getOwner().getDisplayName(),
                a.getDueDate(),
                a.isDone(),
                a.isOverdueOn(today),
                c.getPatient().getPseudonym(),
                c.getId());
    }

    private String displayName(String username) {
        return access.user(username).map(UserAccount::getDisplayName).orElse(username);
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneId.systemDefault());
    }
}
