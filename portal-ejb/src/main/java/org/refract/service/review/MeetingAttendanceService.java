package org.refract.service.review;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.refract.domain.identity.Discipline;
import org.refract.domain.identity.QuorumRule;
import org.refract.domain.identity.Role;
import org.refract.domain.identity.Team;
import org.refract.domain.identity.UserAccount;
import org.refract.domain.review.AgendaItem;
import org.refract.domain.review.AttendanceStatus;
import org.refract.domain.review.Meeting;
import org.refract.domain.review.MeetingStatus;
import org.refract.service.shared.InvalidRequestException;

/**
 * Running a meeting of the caller's team: who is present (and who covers for whom), whether the room is quorate
 * under the team's quorum rule, and starting and closing the meeting. Changes are for the team's chair or
 * coordinator; every member reads.
 */
@Stateless
@RolesAllowed({Role.CLINICIAN_NAME, Role.CHAIR_NAME})
public class MeetingAttendanceService {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    MeetingAccess access;

    @Inject
    MeetingViews views;

    /** discussion: notifications (and e-mails) for listings and sign-offs; see ReviewNotifications. */
    @Inject
    Event<ReviewEvent> reviewEvents;

    /**
     * Marks a member present or absent, optionally with a colleague of the team (an active member) covering for the
     * absent. Anyone else named as cover gets the same answer, so the form tells nothing about other accounts.
     */
    public MeetingDetail recordAttendance(
            long meetingId, String memberUsername, AttendanceStatus status, String coverUsername) {
        Meeting meeting = access.getToManage(meetingId);
        UserAccount member = access.user(memberUsername)
                .orElseThrow(() -> InvalidRequestException.of("member", "No member " + memberUsername + "."));
        UserAccount cover = null;
        if (coverUsername != null && !coverUsername.isBlank()) {
            cover = access.user(coverUsername)
                    .filter(UserAccount::isActive)
                    .filter(user -> meeting.getTeam().hasMember(user.getUsername()))
                    .orElseThrow(() -> InvalidRequestException.of(
                            "cover",
                            coverUsername + " is not an active member of "
                                    + meeting.getTeam().getName() + "."));
        }
        meeting.recordAttendance(member, status, cover, access.caller(), clock.instant());
        return flushed(meeting);
    }

    public MeetingDetail start(long meetingId) {
        Meeting meeting = access.getToManage(meetingId);
        meeting.start();
        return flushed(meeting);
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

    public QuorumRuleDetail quorumRule(String teamCode) {
        Team team = access.team(teamCode);
        var role = access.roleIn(team);
        QuorumRule rule = team.getQuorumRule();
        return new QuorumRuleDetail(
                team.getCode(),
                team.getName(),
                rule.minimumPresent(),
                rule.getRequiredDisciplines().stream().sorted().map(Enum::name).toList(),
                role != org.refract.domain.identity.TeamRole.MEMBER);
    }

    /** The team's chair or coordinator changes when the team's meetings are quorate. */
    public QuorumRuleDetail changeQuorumRule(String teamCode, int minimumPresent, List<String> disciplines) {
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

    private MeetingDetail flushed(Meeting meeting) {
        em.flush();
        return views.detail(meeting);
    }
}
