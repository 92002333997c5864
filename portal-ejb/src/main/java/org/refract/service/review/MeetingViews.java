package org.refract.service.review;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.refract.domain.casework.ClinicalCase;
import org.refract.domain.catalog.ResistanceFactor;
import org.refract.domain.catalog.Therapy;
import org.refract.domain.identity.Team;
import org.refract.domain.identity.TeamMembership;
import org.refract.domain.identity.UserAccount;
import org.refract.domain.review.ActionItem;
import org.refract.domain.review.AgendaItem;
import org.refract.domain.review.Attendance;
import org.refract.domain.review.Meeting;
import org.refract.domain.review.Recommendation;
import org.refract.domain.review.VoteTally;

/** Builds the records the meeting pages and the API show from a meeting, shared by the meeting services. */
@Dependent
public class MeetingViews {

    @Inject
    Clock clock;

    @Inject
    MeetingAccess access;

    /** The meeting whole: agenda, attendance of every member, quorum and the caller's role. */
    public MeetingDetail detail(Meeting meeting) {
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
                QuorumDetail.of(meeting.quorum()),
                access.roleIn(team).name(),
                meeting.plannedMinutes());
    }

    /** One agenda item with its proposals, votes, recommendation and minutes, seen by the caller. */
    public ItemDetail itemDetail(Meeting meeting, AgendaItem item) {
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

    private RecommendationDetail recommendationView(Recommendation r, AgendaItem item) {
        LocalDate today = today();
        List<ResistanceFactor> factors = r.getFactorsToAddress().stream()
                .sorted(Comparator.comparing(ResistanceFactor::getName))
                .toList();
        return new RecommendationDetail(
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

    static ActionRow actionRow(ActionItem a, LocalDate today) {
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

    /** Today in the server's zone, for due dates. */
    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneId.systemDefault());
    }
}
