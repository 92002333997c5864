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
import org.refract.domain.shared.DomainException;
import org.refract.service.review.CaseOption;
import org.refract.service.review.MeetingAttendanceService;
import org.refract.service.review.MeetingDetail;
import org.refract.service.review.MeetingScheduleService;
import org.refract.service.shared.AccessDeniedException;
import org.refract.service.shared.InvalidRequestException;
import org.refract.service.shared.NotFoundException;
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
    MeetingScheduleService meetings;

    @Inject
    MeetingAttendanceService attendance;

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
            meeting = meetings.get(id);
            readyCases = meetings.readyCases(id);
        } catch (NotFoundException e) {
            Faces.responseSendError(HttpServletResponse.SC_NOT_FOUND, "Meeting not found.");
        }
    }

    public void buildAgenda() {
        change(() -> meetings.buildAgendaFromReadyCases(meeting.id()));
    }

    public void moveUp(long itemId, int position) {
        change(() -> meetings.move(meeting.id(), itemId, position - 1));
    }

    public void moveDown(long itemId, int position) {
        change(() -> meetings.move(meeting.id(), itemId, position + 1));
    }

    public void markPresent(String username) {
        change(() -> attendance.recordAttendance(meeting.id(), username, AttendanceStatus.PRESENT, null));
    }

    public void markAbsent(String username) {
        change(() -> attendance.recordAttendance(meeting.id(), username, AttendanceStatus.ABSENT, null));
    }

    public void start() {
        change(() -> attendance.start(meeting.id()));
    }

    public void close() {
        change(() -> attendance.close(meeting.id()));
    }

    private void change(Supplier<MeetingDetail> action) {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            meeting = action.get();
            readyCases = meetings.readyCases(meeting.id());
        } catch (DomainException | AccessDeniedException | InvalidRequestException | NotFoundException e) {
            Messages.addGlobalError(faces, "meetings.refused", e.getMessage());
        }
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
