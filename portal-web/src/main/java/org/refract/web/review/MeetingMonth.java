package org.refract.web.review;

import java.time.LocalDateTime;
import org.primefaces.model.DefaultScheduleEvent;
import org.primefaces.model.LazyScheduleModel;
import org.refract.service.review.MeetingRow;
import org.refract.service.review.MeetingScheduleService;

/**
 * The meetings page's month view ({@code p:schedule}): the meetings of the caller's teams in the month shown, loaded
 * when the month is (one calendar query per month), each a link to the meeting's page.
 */
class MeetingMonth extends LazyScheduleModel {

    private static final long serialVersionUID = 1L;

    private final MeetingScheduleService meetings;
    private final String contextPath;

    MeetingMonth(MeetingScheduleService meetings, String contextPath) {
        this.meetings = meetings;
        this.contextPath = contextPath;
    }

    @Override
    public void loadEvents(LocalDateTime start, LocalDateTime end) {
        for (MeetingRow row :
                meetings.calendar(start.toLocalDate(), end.toLocalDate().plusDays(1))) {
            addEvent(DefaultScheduleEvent.builder()
                    .id(String.valueOf(row.id()))
                    .title(row.title() + " (" + row.teamName() + ")")
                    .startDate(row.startsAt())
                    .endDate(row.endsAt())
                    .url(contextPath + MeetingsBacking.MEETING_PAGE + row.id())
                    .editable(false)
                    .build());
        }
    }
}
