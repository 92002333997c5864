package org.refract.web.review;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.function.Supplier;
import org.omnifaces.util.Faces;
import org.refract.domain.review.AttendanceStatus;
import org.refract.service.review.CaseOption;
import org.refract.service.review.MeetingAttendanceService;
import org.refract.service.review.MeetingDetail;
import org.refract.service.review.MeetingScheduleService;
import org.refract.service.shared.NotFoundException;
import org.refract.web.shared.FormAction;
import org.refract.web.shared.Messages;

/**
 * {@code /meetings/meeting.xhtml?id=N}: one meeting's agenda (built from ready cases, reordered) and attendance
 * with the live quorum, and starting and closing the meeting. Another team's meeting answers 404.
 */
@Named
@ViewScoped
public class MeetingBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    MeetingAttendanceService meetingAttendance;

    @Inject
    MeetingScheduleService meetingSchedule;

    private String idParam;
    private MeetingDetail meeting;
    private List<CaseOption> readyCases;

    public void open() throws IOException {
        long id;
        try {
            id = Long.parseLong(idParam == null ? "" : idParam.strip());
        } catch (NumberFormatException e) {
            Faces.responseSendError(HttpServletResponse.SC_NOT_FOUND, "No meeting id.");
            return;
        }
        try {
            meeting = meetingSchedule.get(id);
            readyCases = meetingSchedule.readyCases(id);
        } catch (NotFoundException e) {
            Faces.responseSendError(HttpServletResponse.SC_NOT_FOUND, "Meeting not found.");
        }
    }

    public void buildAgenda() {
        change(() -> meetingSchedule.buildAgendaFromReadyCases(meeting.id(), meeting.version()));
    }

    public void moveUp(long itemId, int position) {
        change(() -> meetingSchedule.move(meeting.id(), meeting.version(), itemId, position - 1));
    }

    public void moveDown(long itemId, int position) {
        change(() -> meetingSchedule.move(meeting.id(), meeting.version(), itemId, position + 1));
    }

    public void markPresent(String username) {
        change(() -> meetingAttendance.recordAttendance(meeting.id(), username, AttendanceStatus.PRESENT, null));
    }

    public void markAbsent(String username) {
        change(() -> meetingAttendance.recordAttendance(meeting.id(), username, AttendanceStatus.ABSENT, null));
    }

    public void start() {
        change(() -> meetingAttendance.start(meeting.id()));
    }

    public void close() {
        change(() -> meetingAttendance.close(meeting.id()));
    }

    /**
     * Runs a change; a refusal is shown at the top of the page. After a conflict (the agenda changed since this page
     * showed it) the page shows the meeting as it is now, so that the next click acts on what the chair sees.
     */
    private void change(Supplier<MeetingDetail> action) {
        FormAction.current()
                .fields(field -> null)
                .conflicts(message -> {
                    Messages.addGlobalError(FacesContext.getCurrentInstance(), "meetings.refused", message);
                    show(meetingSchedule.get(meeting.id()));
                })
                .problemsAs("meetings.refused")
                .call(action)
                .ifPresent(this::show);
    }

    private void show(MeetingDetail current) {
        meeting = current;
        readyCases = meetingSchedule.readyCases(current.id());
    }

    public String getIdParam() {
        return idParam;
    }

    public void setIdParam(String idParam) {
        this.idParam = idParam;
    }

    public MeetingDetail getMeeting() {
        return meeting;
    }

    public List<CaseOption> getReadyCases() {
        return readyCases;
    }
}
