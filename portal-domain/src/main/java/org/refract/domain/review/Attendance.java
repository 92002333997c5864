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
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;
import org.refract.domain.identity.Discipline;
import org.refract.domain.identity.UserAccount;
import org.refract.domain.shared.BaseEntity;

/**
 * One team member's attendance at a meeting. An absent member may be covered by a colleague, who then counts
 * as present with the colleague's own discipline (a pharmacist is covered by a pharmacist for the quorum to
 * hold).
 */
@Entity
@Table(name = "meeting_attendance", uniqueConstraints = @UniqueConstraint(columnNames = {"meeting_id", "member_id"}))
@Audited
public class Attendance extends BaseEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "meeting_id", nullable = false, updatable = false)
    private Meeting meeting;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "member_id", nullable = false, updatable = false)
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    private UserAccount member;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private AttendanceStatus status;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "cover_id")
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    private UserAccount cover;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    @Column(name = "recorded_by", nullable = false, length = 64)
    private String recordedBy;

    protected Attendance() {
        // for JPA
    }

    Attendance(
            Meeting meeting, UserAccount member, AttendanceStatus status, UserAccount cover, String by, Instant now) {
        this.meeting = Objects.requireNonNull(meeting, "The meeting is required.");
        this.member = Objects.requireNonNull(member, "The member is required.");
        record(status, cover, by, now);
    }

    final void record(AttendanceStatus newStatus, UserAccount newCover, String by, Instant now) {
        this.status = Objects.requireNonNull(newStatus, "The attendance status is required.");
        this.cover = newStatus == AttendanceStatus.ABSENT ? newCover : null;
        this.recordedBy = ReviewTexts.requireUser(by);
        this.recordedAt = Objects.requireNonNull(now, "The time is required.");
    }

    /** The disciplines this record brings to the quorum: the member's if present, the cover's if covered. */
    List<Discipline> disciplinesCounted() {
        List<Discipline> counted = new ArrayList<>();
        if (status == AttendanceStatus.PRESENT) {
            counted.add(member.getDiscipline());
        } else if (cover != null) {
            counted.add(cover.getDiscipline());
        }
        return counted;
    }

    /** The person who actually sits in the meeting for this record, if anyone. */
    public Optional<UserAccount> personPresent() {
        if (status == AttendanceStatus.PRESENT) {
            return Optional.of(member);
        }
        return Optional.ofNullable(cover);
    }

    public Meeting getMeeting() {
        return meeting;
    }

    public UserAccount getMember() {
        return member;
    }

    public AttendanceStatus getStatus() {
        return status;
    }

    public Optional<UserAccount> getCover() {
        return Optional.ofNullable(cover);
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }

    public String getRecordedBy() {
        return recordedBy;
    }
}
