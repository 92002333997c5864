package org.refract.web.review;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import org.refract.domain.identity.TeamRole;
import org.refract.service.identity.CallerService;
import org.refract.service.identity.TeamSummary;
import org.refract.service.review.MeetingDetail;
import org.refract.service.review.MeetingRequest;
import org.refract.service.review.MeetingRow;
import org.refract.service.review.MeetingScheduleService;
import org.refract.service.shared.FieldError;
import org.refract.web.shared.FieldMessages;
import org.refract.web.shared.FormAction;
import org.refract.web.shared.Messages;

/**
 * {@code /meetings/index.xhtml}: the caller's teams' meetings from four weeks back to twelve ahead, and the form
 * with which a chair or coordinator schedules one.
 */
@Named
@ViewScoped
public class MeetingsBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String MEETING_PAGE = "/meetings/meeting.xhtml?id=";

    @Inject
    MeetingScheduleService meetingSchedule;

    @Inject
    CallerService caller;

    private List<MeetingRow> calendar;
    private MeetingMonth month;
    private List<TeamSummary> managedTeams;
    private String team;
    private String title;
    private LocalDate date;
    private String time = "14:00";
    private Integer duration = 60;
    private String place;
    private String videoLink;

    @PostConstruct
    void init() {
        LocalDate today = LocalDate.now();
        calendar = meetingSchedule.calendar(today.minusWeeks(4), today.plusWeeks(12));
        month = new MeetingMonth(
                meetingSchedule,
                FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath());
        managedTeams = caller.teams().stream()
                .filter(t -> t.teamRole() == TeamRole.CHAIR || t.teamRole() == TeamRole.COORDINATOR)
                .toList();
        if (managedTeams.size() == 1) {
            team = managedTeams.get(0).code();
        }
    }

    /** Schedules the meeting and opens its page; refusals appear next to the fields, input kept. */
    public void schedule() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        LocalTime start;
        try {
            start = LocalTime.parse(time == null ? "" : time.strip());
        } catch (DateTimeParseException e) {
            FieldMessages.show(faces, List.of(new FieldError("time", Messages.text(faces, "meetings.time.invalid"))));
            return;
        }
        if (date == null) {
            FieldMessages.show(faces, List.of(new FieldError("date", Messages.text(faces, "meetings.date.required"))));
            return;
        }
        MeetingRequest request =
                new MeetingRequest(team, title, date.atTime(start), duration == null ? 0 : duration, place, videoLink);
        Optional<MeetingDetail> created = FormAction.of(faces)
                .fields(field -> "startsAt".equals(field) ? "date" : field)
                .problemsAs("meetings.refused")
                .call(() -> meetingSchedule.schedule(request));
        if (created.isPresent()) {
            Messages.addGlobalInfo(faces, "meetings.scheduled", created.get().title());
            ExternalContext external = faces.getExternalContext();
            external.getFlash().setKeepMessages(true);
            external.redirect(external.getRequestContextPath()
                    + MEETING_PAGE
                    + created.get().id());
        }
    }

    public boolean isCanSchedule() {
        return !managedTeams.isEmpty();
    }

    /** The month view, loaded month by month as the user moves through it. */
    public MeetingMonth getMonth() {
        return month;
    }

    public List<MeetingRow> getCalendar() {
        return calendar;
    }

    public List<TeamSummary> getManagedTeams() {
        return managedTeams;
    }

    public String getTeam() {
        return team;
    }

    public void setTeam(String team) {
        this.team = team;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }

    public String getTime() {
        return time;
    }

    public void setTime(String time) {
        this.time = time;
    }

    public Integer getDuration() {
        return duration;
    }

    public void setDuration(Integer duration) {
        this.duration = duration;
    }

    public String getPlace() {
        return place;
    }

    public void setPlace(String place) {
        this.place = place;
    }

    public String getVideoLink() {
        return videoLink;
    }

    public void setVideoLink(String videoLink) {
        this.videoLink = videoLink;
    }
}
