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
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;
import org.refract.domain.casework.CaseStatus;
import org.refract.domain.casework.ClinicalCase;
import org.refract.domain.identity.Discipline;
import org.refract.domain.identity.QuorumRule;
import org.refract.domain.identity.QuorumStatus;
import org.refract.domain.identity.Team;
import org.refract.domain.identity.UserAccount;
import org.refract.domain.shared.BaseEntity;
import org.refract.domain.shared.InvalidInputException;
import org.refract.domain.shared.InvalidStateException;

/**
 * One meeting of a multidisciplinary team: when and where, its agenda of cases, who attended, and whether the
 * meeting is quorate. The meeting is the aggregate root of its agenda items and attendance records.
 */
@Entity
@Table(name = "review_meeting")
@Audited
@NamedQuery(
        name = "Meeting.ofTeamBetween",
        query = "select m from Meeting m where m.team = :team"
                + " and m.startsAt >= :from and m.startsAt < :to order by m.startsAt, m.id")
@NamedQuery(
        name = "Meeting.upcomingForUser",
        query = "select m from Meeting m, TeamMembership tm"
                + " where tm.team = m.team and tm.user.username = :username and m.status <> :closed"
                + " and m.startsAt >= :from order by m.startsAt, m.id")
@NamedQuery(
        name = "Meeting.nextOfTeam",
        query = "select m from Meeting m where m.team = :team"
                + " and m.status = :scheduled and m.startsAt > :after and m <> :meeting order by m.startsAt, m.id")
public class Meeting extends BaseEntity {

    static final int TITLE_MAX = 160;
    static final int PLACE_MAX = 200;
    static final int LINK_MAX = 500;
    static final int MAX_DURATION = 480;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "team_id", nullable = false, updatable = false)
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    private Team team;

    @Column(nullable = false, length = TITLE_MAX)
    private String title;

    /** Local wall-clock time of the team's site. */
    @Column(name = "starts_at", nullable = false)
    private LocalDateTime startsAt;

    @Column(name = "duration_minutes", nullable = false)
    private int durationMinutes;

    @Column(length = PLACE_MAX)
    private String place;

    @Column(name = "video_link", length = LINK_MAX)
    private String videoLink;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private MeetingStatus status;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, length = 64, updatable = false)
    private String createdBy;

    @OneToMany(mappedBy = "meeting", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<AgendaItem> agenda = new ArrayList<>();

    @OneToMany(mappedBy = "meeting", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<Attendance> attendance = new ArrayList<>();

    protected Meeting() {
        // for JPA
    }

    /**
     * Schedules a meeting.
     *
     * @throws InvalidInputException on "title", "startsAt", "durationMinutes" (5 to 480), "place", "videoLink"
     *         (http/https) — and on "place" when neither a place nor a video link is given
     */
    public Meeting(
            Team team,
            String title,
            LocalDateTime startsAt,
            int durationMinutes,
            String place,
            String videoLink,
            String by,
            Instant now) {
        this.team = Objects.requireNonNull(team, "The team is required.");
        this.createdBy = ReviewTexts.requireUser(by);
        this.createdAt = Objects.requireNonNull(now, "The time is required.");
        this.status = MeetingStatus.SCHEDULED;
        reschedule(title, startsAt, durationMinutes, place, videoLink);
    }

    /** Changes when and where; only before the meeting has started. */
    public void reschedule(
            String newTitle, LocalDateTime newStart, int newDuration, String newPlace, String newVideoLink) {
        requireStatus(MeetingStatus.SCHEDULED, "Only a scheduled meeting can be rescheduled.");
        String validTitle = ReviewTexts.required(newTitle, TITLE_MAX, "title", "A title is required.");
        if (newStart == null) {
            throw new InvalidInputException("startsAt", "The date and time are required.");
        }
        if (newDuration < 5 || newDuration > MAX_DURATION) {
            throw new InvalidInputException("durationMinutes", "Between 5 and " + MAX_DURATION + " minutes.");
        }
        String validPlace = ReviewTexts.optional(newPlace, PLACE_MAX, "place");
        String validLink = ReviewTexts.optional(newVideoLink, LINK_MAX, "videoLink");
        if (validLink != null && !validLink.matches("(?i)https?://\\S+")) {
            throw new InvalidInputException("videoLink", "A web address starting with https:// or http://.");
        }
        if (validPlace == null && validLink == null) {
            throw new InvalidInputException("place", "Give a place, a video link, or both.");
        }
        this.title = validTitle;
        this.startsAt = newStart;
        this.durationMinutes = newDuration;
        this.place = validPlace;
        this.videoLink = validLink;
    }

    // --- agenda ------------------------------------------------------------------------------------------------

    /**
     * Puts a case of this team that is ready for review at the end of the agenda.
     *
     * @throws InvalidStateException when the meeting is closed, the case is another team's, not ready for review,
     *         or already on the agenda
     */
    public AgendaItem list(ClinicalCase clinicalCase, int minutes, AgendaItem carriedFrom) {
        Objects.requireNonNull(clinicalCase, "The case is required.");
        requireNotClosed();
        if (!clinicalCase.getTeam().equals(team)) {
            throw new InvalidStateException("Only the team's own cases can go on its agenda.");
        }
        if (clinicalCase.getStatus() != CaseStatus.READY_FOR_REVIEW) {
            throw new InvalidStateException("Case " + clinicalCase.getPatient().getPseudonym()
                    + " is not ready for review (" + clinicalCase.getStatus().label() + ").");
        }
        if (findItemFor(clinicalCase).isPresent()) {
            throw new InvalidStateException(
                    "Case " + clinicalCase.getPatient().getPseudonym() + " is already on this agenda.");
        }
        AgendaItem item = new AgendaItem(this, clinicalCase, agenda.size(), minutes, carriedFrom);
        agenda.add(item);
        return item;
    }

    /** Takes a case off the agenda before it has been discussed. */
    public void unlist(AgendaItem item) {
        requireOwnItem(item);
        if (item.getStatus() != AgendaItemStatus.LISTED) {
            throw new InvalidStateException("A case that has been discussed stays on the agenda.");
        }
        agenda.remove(item);
        renumber();
    }

    /**
     * Moves an item to a new place on the agenda (0-based, clamped to the agenda's bounds).
     */
    public void move(AgendaItem item, int newPosition) {
        requireOwnItem(item);
        requireNotClosed();
        List<AgendaItem> ordered = new ArrayList<>(getAgenda());
        ordered.remove(item);
        ordered.add(Math.max(0, Math.min(newPosition, ordered.size())), item);
        for (int i = 0; i < ordered.size(); i++) {
            ordered.get(i).placeAt(i);
        }
    }

    private void renumber() {
        List<AgendaItem> ordered = getAgenda();
        for (int i = 0; i < ordered.size(); i++) {
            ordered.get(i).placeAt(i);
        }
    }

    public Optional<AgendaItem> findItemFor(ClinicalCase clinicalCase) {
        return agenda.stream()
                .filter(i -> i.getClinicalCase().equals(clinicalCase))
                .findFirst();
    }

    public Optional<AgendaItem> findItem(long itemId) {
        return agenda.stream().filter(i -> Objects.equals(i.getId(), itemId)).findFirst();
    }

    /** Total minutes planned for the agenda. */
    public int plannedMinutes() {
        return agenda.stream().mapToInt(AgendaItem::getMinutes).sum();
    }

    // --- attendance and quorum ---------------------------------------------------------------------------------

    /**
     * Records whether a team member is present, or absent and covered by a colleague.
     *
     * @throws InvalidStateException when the meeting is closed, the person is not a member of the team, or a
     *         member is marked present and covering at once
     * @throws InvalidInputException ({@code cover}) when the cover is the member, not a member of the team, or
     *         already present
     */
    public Attendance recordAttendance(
            UserAccount member, AttendanceStatus status, UserAccount cover, String by, Instant now) {
        Objects.requireNonNull(member, "The member is required.");
        requireNotClosed();
        if (!team.hasMember(member.getUsername())) {
            throw new InvalidStateException(member.getDisplayName() + " is not a member of " + team.getName() + ".");
        }
        if (cover != null && cover.equals(member)) {
            throw new InvalidInputException("cover", "A member cannot cover themselves.");
        }
        if (cover != null && !team.hasMember(cover.getUsername())) {
            throw new InvalidInputException(
                    "cover", cover.getDisplayName() + " is not a member of " + team.getName() + ".");
        }
        if (cover != null && status == AttendanceStatus.ABSENT && isPresentInPerson(cover)) {
            throw new InvalidInputException("cover", cover.getDisplayName() + " is already counted as present.");
        }
        Optional<Attendance> existing = attendanceOf(member);
        if (existing.isPresent()) {
            existing.get().record(status, cover, by, now);
            return existing.get();
        }
        Attendance record = new Attendance(this, member, status, cover, by, now);
        attendance.add(record);
        return record;
    }

    private boolean isPresentInPerson(UserAccount person) {
        return attendance.stream()
                .anyMatch(a -> a.personPresent().filter(person::equals).isPresent());
    }

    public Optional<Attendance> attendanceOf(UserAccount member) {
        return attendance.stream().filter(a -> a.getMember().equals(member)).findFirst();
    }

    /** Whether the person sits in this meeting, as a member present or as a cover. */
    public boolean isAttendedBy(UserAccount person) {
        return isPresentInPerson(person);
    }

    /** The quorum as things stand, against the team's rule. */
    public QuorumStatus quorum() {
        List<Discipline> present = new ArrayList<>();
        attendance.forEach(a -> present.addAll(a.disciplinesCounted()));
        QuorumRule rule = team.getQuorumRule();
        return rule.evaluate(present);
    }

    // --- lifecycle ---------------------------------------------------------------------------------------------

    /** Opens the meeting: attendance and decisions may now be recorded. */
    public void start() {
        requireStatus(MeetingStatus.SCHEDULED, "The meeting has already started.");
        this.status = MeetingStatus.IN_PROGRESS;
    }

    /**
     * Takes up a case: its review starts (the case moves to "In review").
     *
     * @throws InvalidStateException unless the meeting is in progress and the item is still listed or deferred
     */
    public void discuss(AgendaItem item, String by, Instant now) {
        requireOwnItem(item);
        requireStatus(MeetingStatus.IN_PROGRESS, "Start the meeting before discussing a case.");
        item.beginDiscussion(by, now);
    }

    /**
     * Closes the meeting. Cases never reached become "listed, not discussed" and discussed cases without a signed
     * recommendation become "deferred"; both go back to "Ready for review" and are returned for carry-over.
     */
    public List<AgendaItem> close(String by, Instant now) {
        requireStatus(MeetingStatus.IN_PROGRESS, "Only a meeting in progress can be closed.");
        List<AgendaItem> carried = new ArrayList<>();
        for (AgendaItem item : getAgenda()) {
            item.closeWithMeeting(by, now);
            if (item.getStatus().needsCarryOver()) {
                carried.add(item);
            }
        }
        this.status = MeetingStatus.CLOSED;
        return carried;
    }

    /**
     * Lists on this meeting every item carried over from an earlier one, keeping their planned minutes; items
     * whose case is already on this agenda or no longer ready are skipped.
     */
    public List<AgendaItem> carryOver(List<AgendaItem> fromEarlierMeeting) {
        List<AgendaItem> listed = new ArrayList<>();
        for (AgendaItem earlier : fromEarlierMeeting) {
            if (!earlier.getStatus().needsCarryOver() || earlier.getMeeting().equals(this)) {
                continue;
            }
            ClinicalCase clinicalCase = earlier.getClinicalCase();
            if (findItemFor(clinicalCase).isEmpty() && clinicalCase.getStatus() == CaseStatus.READY_FOR_REVIEW) {
                listed.add(list(clinicalCase, earlier.getMinutes(), earlier));
            }
        }
        return listed;
    }

    private void requireOwnItem(AgendaItem item) {
        Objects.requireNonNull(item, "The agenda item is required.");
        if (!agenda.contains(item)) {
            throw new InvalidStateException("That case is not on this meeting's agenda.");
        }
    }

    private void requireNotClosed() {
        if (status == MeetingStatus.CLOSED) {
            throw new InvalidStateException("The meeting is closed.");
        }
    }

    private void requireStatus(MeetingStatus expected, String message) {
        if (status != expected) {
            throw new InvalidStateException(message);
        }
    }

    public boolean isClosed() {
        return status == MeetingStatus.CLOSED;
    }

    public Team getTeam() {
        return team;
    }

    public String getTitle() {
        return title;
    }

    public LocalDateTime getStartsAt() {
        return startsAt;
    }

    public LocalDateTime getEndsAt() {
        return startsAt.plusMinutes(durationMinutes);
    }

    public int getDurationMinutes() {
        return durationMinutes;
    }

    public Optional<String> getPlace() {
        return Optional.ofNullable(place);
    }

    public Optional<String> getVideoLink() {
        return Optional.ofNullable(videoLink);
    }

    public MeetingStatus getStatus() {
        return status;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    /** The agenda in order. */
    public List<AgendaItem> getAgenda() {
        List<AgendaItem> ordered = new ArrayList<>(agenda);
        ordered.sort(Comparator.comparingInt(AgendaItem::getPosition));
        return Collections.unmodifiableList(ordered);
    }

    public List<Attendance> getAttendance() {
        return Collections.unmodifiableList(attendance);
    }
}
