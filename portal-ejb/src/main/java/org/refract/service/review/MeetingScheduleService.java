package org.refract.service.review;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.refract.domain.casework.CaseStatus;
import org.refract.domain.casework.ClinicalCase;
import org.refract.domain.identity.Role;
import org.refract.domain.identity.Team;
import org.refract.domain.review.AgendaItem;
import org.refract.domain.review.Meeting;
import org.refract.domain.review.MeetingStatus;
import org.refract.domain.review.Recommendation;
import org.refract.service.shared.NotFoundException;

/**
 * Scheduling a team's meetings and building their agenda (chair or coordinator), and the calendars every member
 * reads. Every method works only on the caller's own teams: another team's meeting is "not found".
 */
@Stateless
@RolesAllowed({Role.CLINICIAN_NAME, Role.CHAIR_NAME})
public class MeetingScheduleService {

    static final int DEFAULT_MINUTES = 10;

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
        return views.detail(meeting);
    }

    /** The meetings of the caller's teams starting in [from, to), in time order: the calendar. */
    public List<MeetingRow> calendar(LocalDate from, LocalDate to) {
        return rows(em.createQuery(
                        "select m from Meeting m join fetch m.team t where m.startsAt >= :from"
                                + " and m.startsAt < :to and exists (select tm from TeamMembership tm where tm.team = t"
                                + " and tm.user.username = :caller) order by m.startsAt, m.id",
                        Meeting.class)
                .setParameter("from", from.atStartOfDay())
                .setParameter("to", to.atStartOfDay())
                .setParameter("caller", access.caller())
                .getResultList());
    }

    /** Upcoming (not closed) meetings of the caller's teams, soonest first. */
    public List<MeetingRow> upcoming(int max) {
        return rows(em.createNamedQuery("Meeting.upcomingForUser", Meeting.class)
                .setParameter("username", access.caller())
                .setParameter("closed", MeetingStatus.CLOSED)
                .setParameter("from", LocalDateTime.now(clock).toLocalDate().atStartOfDay())
                .setMaxResults(max)
                .getResultList());
    }

    /**
     * The meetings' rows, with the agendas' sizes counted by the database in one statement: loading every agenda to
     * count it cost the home page 600 ms of CPU once the review loop had put thousands of cases on a meeting at
     * 100,000 cases (issue 16).
     */
    private List<MeetingRow> rows(List<Meeting> meetings) {
        if (meetings.isEmpty()) {
            return List.of();
        }
        Map<Long, Long> sizes = new HashMap<>();
        em.createQuery(
                        "select i.meeting.id, count(i) from AgendaItem i where i.meeting in :meetings"
                                + " group by i.meeting.id",
                        Object[].class)
                .setParameter("meetings", meetings)
                .getResultStream()
                .forEach(r -> sizes.put((Long) r[0], (Long) r[1]));
        return meetings.stream()
                .map(m -> MeetingRow.of(m, sizes.getOrDefault(m.getId(), 0L).intValue()))
                .toList();
    }

    public MeetingDetail get(long meetingId) {
        return views.detail(access.get(meetingId));
    }

    /** Changes title, time and place, on the meeting version the caller saw. */
    public MeetingDetail reschedule(long meetingId, long version, MeetingRequest request) {
        Meeting meeting = access.getToManage(meetingId, version);
        meeting.reschedule(
                request.title(), request.startsAt(), request.durationMinutes(), request.place(), request.videoLink());
        return flushed(meeting);
    }

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

    /** Lists a ready case of the team on the agenda, on the meeting version the caller saw. */
    public MeetingDetail list(long meetingId, long version, long caseId, int minutes) {
        Meeting meeting = access.getToManage(meetingId, version);
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
    public MeetingDetail buildAgendaFromReadyCases(long meetingId, long version) {
        Meeting meeting = access.getToManage(meetingId, version);
        for (ClinicalCase clinicalCase : readyNotListed(meeting)) {
            meeting.list(clinicalCase, DEFAULT_MINUTES, null);
            reviewEvents.fire(
                    ReviewEvent.caseListed(meeting.getId(), clinicalCase.getId(), access.caller())); // discussion
        }
        return flushed(meeting);
    }

    /** Moves an item to a new position, on the meeting version (and so the order) the caller saw. */
    public MeetingDetail move(long meetingId, long version, long itemId, int newPosition) {
        Meeting meeting = access.getToManage(meetingId, version);
        meeting.move(access.item(meeting, itemId), newPosition);
        return flushed(meeting);
    }

    public MeetingDetail plan(long meetingId, long version, long itemId, int minutes) {
        Meeting meeting = access.getToManage(meetingId, version);
        access.item(meeting, itemId).plan(minutes);
        return flushed(meeting);
    }

    public MeetingDetail unlist(long meetingId, long version, long itemId) {
        Meeting meeting = access.getToManage(meetingId, version);
        meeting.unlist(access.item(meeting, itemId));
        return flushed(meeting);
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

    private MeetingDetail flushed(Meeting meeting) {
        access.flush();
        return views.detail(meeting);
    }
}
