package org.refract.it.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.refract.it.review.ReviewAccounts.CHAIR;
import static org.refract.it.review.ReviewAccounts.PASSWORD;
import static org.refract.it.review.ReviewAccounts.PULMONOLOGIST;

import jakarta.ejb.EJB;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.refract.it.AsUser;
import org.refract.it.Deployments;
import org.refract.it.PortalSession;
import org.refract.service.review.MeetingDetail;
import org.refract.service.review.MeetingRequest;
import org.refract.service.review.MeetingScheduleService;

/** A meeting's iCalendar download ({@code /meetings/meeting.ics?id=N}) for the members of its team, and no one else. */
@ExtendWith(ArquillianExtension.class)
class MeetingCalendarIT {

    private static final DateTimeFormatter UTC =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.portalWithTests();
    }

    @EJB
    AsUser as;

    @EJB
    MeetingScheduleService meetings;

    @Test
    void aMemberDownloadsTheMeetingAsAnICalendarEvent() throws Exception {
        LocalDateTime start = someDay().atTime(15, 30);
        MeetingDetail meeting = as.call(
                CHAIR,
                () -> meetings.schedule(new MeetingRequest("respiratory", "Calendar MDT", start, 45, "Room 2", null)));
        PortalSession session = PortalSession.logIn(PortalSession.portalOfThisServer(), PULMONOLOGIST, PASSWORD);

        HttpResponse<String> ics = session.get("meetings/meeting.ics?id=" + meeting.id());

        assertEquals(200, ics.statusCode(), ics.body());
        assertTrue(ics.headers().firstValue("Content-Type").orElse("").startsWith("text/calendar"));
        assertEquals(
                "attachment; filename=\"meeting-" + meeting.id() + ".ics\"",
                ics.headers().firstValue("Content-Disposition").orElse(""));
        String body = ics.body();
        assertTrue(body.startsWith("BEGIN:VCALENDAR\r\n"), body);
        assertTrue(body.contains("\r\nBEGIN:VEVENT\r\n"), body);
        assertTrue(body.contains("\r\nUID:meeting-" + meeting.id() + "@"), body);
        String utcStart = UTC.format(start.atZone(ZoneId.systemDefault()).toInstant());
        String utcEnd =
                UTC.format(start.plusMinutes(45).atZone(ZoneId.systemDefault()).toInstant());
        assertTrue(body.contains("\r\nDTSTART:" + utcStart + "\r\n"), body);
        assertTrue(body.contains("\r\nDTEND:" + utcEnd + "\r\n"), body);
        assertTrue(body.contains("\r\nSUMMARY:Calendar MDT ("), body);
        assertTrue(body.endsWith("END:VCALENDAR\r\n"), body);
    }

    /** A weekday years ahead that no other test uses for a meeting of the team. */
    private static LocalDate someDay() {
        return LocalDate.of(2033, 3, 7).plusWeeks(ThreadLocalRandom.current().nextInt(3000));
    }

    @Test
    void anotherTeamGetsNotFound() throws Exception {
        MeetingDetail meeting = as.call(
                CHAIR,
                () -> meetings.schedule(new MeetingRequest(
                        "respiratory", "Private MDT", someDay().atTime(9, 0), 30, "Room 3", null)));
        URI portal = PortalSession.portalOfThisServer();

        HttpResponse<String> other =
                PortalSession.logIn(portal, "neuro.neuro", PASSWORD).get("meetings/meeting.ics?id=" + meeting.id());

        assertEquals(404, other.statusCode());
    }
}
