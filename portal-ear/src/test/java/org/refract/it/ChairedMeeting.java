package org.refract.it;

import java.util.List;
import org.refract.domain.review.AttendanceStatus;
import org.refract.service.review.MeetingAttendanceService;
import org.refract.service.review.MeetingScheduleService;
import org.refract.service.review.RecommendationRequest;
import org.refract.service.review.RecommendationService;

/**
 * A meeting run through the services by its chair, as tests of what follows a decision need it: a case listed on the
 * agenda (on the meeting version the chair reads), the meeting started with who is present, the case discussed, a
 * recommendation recorded and signed.
 */
public final class ChairedMeeting {

    private final AsUser as;
    private final String chair;
    private final MeetingScheduleService meetings;
    private final MeetingAttendanceService attendance;
    private final RecommendationService recommendations;

    public ChairedMeeting(
            AsUser as,
            String chair,
            MeetingScheduleService meetings,
            MeetingAttendanceService attendance,
            RecommendationService recommendations) {
        this.as = as;
        this.chair = chair;
        this.meetings = meetings;
        this.attendance = attendance;
        this.recommendations = recommendations;
    }

    /** Lists the case, starts the meeting with these accounts present and opens the discussion: the agenda item. */
    public long discuss(long meetingId, long caseId, List<String> present) throws Exception {
        long item = as.call(
                        chair,
                        () -> meetings.list(meetingId, meetings.get(meetingId).version(), caseId, 15))
                .agenda()
                .get(0)
                .itemId();
        as.call(chair, () -> attendance.start(meetingId));
        for (String member : present) {
            as.call(chair, () -> attendance.recordAttendance(meetingId, member, AttendanceStatus.PRESENT, null));
        }
        as.call(chair, () -> recommendations.discuss(meetingId, item));
        return item;
    }

    /** Records the recommendation on the item and signs it with the chair's password: the recommendation's id. */
    public long sign(long meetingId, long itemId, RecommendationRequest request, String password) throws Exception {
        as.call(chair, () -> recommendations.recommend(meetingId, itemId, request));
        return as.call(chair, () -> recommendations.signOff(meetingId, itemId, password))
                .recommendation()
                .id();
    }
}
