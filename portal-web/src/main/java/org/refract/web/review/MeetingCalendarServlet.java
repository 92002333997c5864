package org.refract.web.review;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import org.refract.service.review.MeetingDetail;
import org.refract.service.review.MeetingInvitation;
import org.refract.service.review.MeetingScheduleService;
import org.refract.web.shared.Download;

/**
 * {@code /meetings/meeting.ics?id=N}: a meeting as an iCalendar file for the member's mail or calendar client. The
 * {@code /meetings/*} constraint lets clinicians and chairs in; the service serves members of the meeting's team only
 * and answers "not found" for anyone else's meeting.
 */
@WebServlet("/meetings/meeting.ics")
public class MeetingCalendarServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient MeetingScheduleService meetings;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<MeetingDetail> found = Download.fetch(response, Download.id(request, "id"), meetings::get);
        if (found.isEmpty()) {
            return;
        }
        MeetingDetail meeting = found.get();
        URI page = URI.create(request.getRequestURL().toString())
                .resolve(request.getContextPath() + MeetingsBacking.MEETING_PAGE + meeting.id());
        byte[] calendar = MeetingInvitation.of(meeting, ZoneId.systemDefault(), page, Instant.now())
                .getBytes(StandardCharsets.UTF_8);
        Download.send(
                response,
                MeetingInvitation.MEDIA_TYPE + "; charset=UTF-8",
                MeetingInvitation.fileName(meeting.id()),
                calendar);
    }
}
