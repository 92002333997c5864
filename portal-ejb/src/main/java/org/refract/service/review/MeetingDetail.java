package org.refract.service.review;

import java.time.LocalDateTime;
import java.util.List;

/** A meeting with its agenda, attendance and quorum, and what the caller may do with it. */
public record MeetingDetail(
        long id,
        long version,
        String teamCode,
        String teamName,
        String title,
        LocalDateTime startsAt,
        int durationMinutes,
        String place,
        String videoLink,
        String status,
        List<AgendaRow> agenda,
        List<AttendanceRow> attendance,
        QuorumDetail quorum,
        String callerTeamRole,
        int plannedMinutes)
        implements java.io.Serializable {

    public boolean callerManages() {
        return "CHAIR".equals(callerTeamRole) || "COORDINATOR".equals(callerTeamRole);
    }

    public boolean callerChairs() {
        return "CHAIR".equals(callerTeamRole);
    }
}
