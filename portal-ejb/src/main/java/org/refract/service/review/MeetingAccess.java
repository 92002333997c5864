package org.refract.service.review;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import java.security.Principal;
import java.util.Optional;
import org.refract.domain.identity.Team;
import org.refract.domain.identity.TeamMembership;
import org.refract.domain.identity.TeamRole;
import org.refract.domain.identity.UserAccount;
import org.refract.domain.review.AgendaItem;
import org.refract.domain.review.Meeting;
import org.refract.service.identity.TeamFinder;
import org.refract.service.identity.UserFinder;
import org.refract.service.shared.AccessDeniedException;
import org.refract.service.shared.ConflictException;
import org.refract.service.shared.NotFoundException;

/**
 * Loads meetings and teams only for their members. A meeting of another team is reported exactly like one that
 * does not exist (as {@code CaseAccess} does for cases), so neither its agenda nor its existence leaks.
 */
@Dependent
public class MeetingAccess {

    private static final String MEMBER =
            " exists (select tm from TeamMembership tm" + " where tm.team = m.team and tm.user.username = :caller)";

    @Inject
    Principal caller;

    @PersistenceContext
    EntityManager em;

    @Inject
    UserFinder users;

    @Inject
    TeamFinder teams;

    public String caller() {
        return caller.getName();
    }

    /** The meeting, if the caller belongs to its team. */
    public Meeting get(long meetingId) {
        return em.createQuery("select m from Meeting m join fetch m.team where m.id = :id and" + MEMBER, Meeting.class)
                .setParameter("id", meetingId)
                .setParameter("caller", caller())
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new NotFoundException("Meeting " + meetingId + " was not found."));
    }

    /** The meeting for a change that only the team's chair or coordinator may make. */
    public Meeting getToManage(long meetingId) {
        Meeting meeting = get(meetingId);
        requireManager(meeting.getTeam());
        return meeting;
    }

    /**
     * The meeting for an agenda change by its chair or coordinator, made on the version of the meeting they saw.
     * Every agenda change raises the meeting's version (even one that only touches an item), so a change made on
     * an agenda someone else has changed since is refused as a conflict instead of acting on a stale position.
     *
     * @throws ConflictException when the meeting has changed since {@code seenVersion}
     */
    public Meeting getToManage(long meetingId, long seenVersion) {
        Meeting meeting = getToManage(meetingId);
        if (meeting.getVersion() != seenVersion) {
            throw agendaConflict();
        }
        try {
            // Raised at once (not at commit), so the detail returned after the change shows the new version.
            em.lock(meeting, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
        } catch (OptimisticLockException e) {
            throw agendaConflict();
        }
        return meeting;
    }

    /** Writes the agenda change now, so that a change that raced with another one is a conflict, not an error. */
    public void flush() {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw agendaConflict();
        }
    }

    private static ConflictException agendaConflict() {
        return new ConflictException(
                "This meeting's agenda was changed by someone else after you opened it. It now shows as it is:"
                        + " check it, then make your change again.",
                null,
                null);
    }

    /** The team, if the caller belongs to it. */
    public Team team(String teamCode) {
        return teams.findTeam(teamCode)
                .filter(t -> t.hasMember(caller()))
                .orElseThrow(() -> new NotFoundException("Team " + teamCode + " was not found."));
    }

    public TeamRole roleIn(Team team) {
        return membership(team).getTeamRole();
    }

    /**
     * @throws AccessDeniedException unless the caller chairs or coordinates the team
     */
    public void requireManager(Team team) {
        TeamRole role = roleIn(team);
        if (role != TeamRole.CHAIR && role != TeamRole.COORDINATOR) {
            throw new AccessDeniedException("Only the chair or the coordinator of " + team.getName() + " can do this.");
        }
    }

    public UserAccount account() {
        return user(caller()).orElseThrow(() -> new NotFoundException("No account for the current user."));
    }

    public Optional<UserAccount> user(String username) {
        return users.findUser(username);
    }

    private TeamMembership membership(Team team) {
        return team.getMembers().stream()
                .filter(m -> m.getUser().getUsername().equals(caller()))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("Team " + team.getCode() + " was not found."));
    }

    /** An item of the meeting's agenda. */
    public AgendaItem item(Meeting meeting, long itemId) {
        return meeting.findItem(itemId)
                .orElseThrow(() -> new NotFoundException("Agenda item " + itemId + " was not found."));
    }
}
