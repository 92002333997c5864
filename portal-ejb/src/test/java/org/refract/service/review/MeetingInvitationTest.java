package org.refract.service.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The iCalendar download of a meeting, checked against RFC 5545. */
class MeetingInvitationTest {

    private static final URI PAGE = URI.create("https://refract.example.org/portal/meetings/meeting.xhtml?id=7");
    private static final Instant NOW = Instant.parse("2026-12-02T09:15:00Z");

    @Test
    void oneEventWithUidStampAndUtcTimes() {
        String ics = MeetingInvitation.of(
                meeting("Respiratory MDT", "Room 4, Level 2"), ZoneId.of("Europe/London"), PAGE, NOW);
        List<String> lines = unfolded(ics);

        assertEquals("BEGIN:VCALENDAR", lines.get(0));
        assertEquals("END:VCALENDAR", lines.get(lines.size() - 1));
        assertTrue(lines.contains("VERSION:2.0"));
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("PRODID:")));
        assertEquals(1, lines.stream().filter("BEGIN:VEVENT"::equals).count());
        assertTrue(lines.contains("UID:meeting-7@refract.example.org"));
        assertTrue(lines.contains("DTSTAMP:20261202T091500Z"));
        // 14:00 in London in June is 13:00 UTC (summer time), for 90 minutes
        assertTrue(lines.contains("DTSTART:20260615T130000Z"), ics);
        assertTrue(lines.contains("DTEND:20260615T143000Z"), ics);
        assertTrue(lines.contains("SUMMARY:Respiratory MDT (Respiratory team)"), ics);
        assertTrue(lines.contains("LOCATION:Room 4\\, Level 2"), "commas escaped");
        assertTrue(lines.contains("SEQUENCE:3"));
    }

    @Test
    void linesEndWithCrlfAndAreFoldedAt75OctetsWithoutSplittingACharacter() {
        String longTitle =
                "Multidisciplinary review of refractory disease — weekly, with pharmacy and nursing ✓ ü ü ü ü";
        String ics = MeetingInvitation.of(meeting(longTitle, null), ZoneId.of("UTC"), PAGE, NOW);

        assertTrue(ics.endsWith("\r\n"));
        assertFalse(ics.replace("\r\n", "").contains("\n"), "no bare line feed");
        assertFalse(ics.replace("\r\n", "").contains("\r"), "no bare carriage return");
        String[] physical = ics.split("\r\n");
        for (String line : physical) {
            assertTrue(line.getBytes(StandardCharsets.UTF_8).length <= 75, () -> "longer than 75 octets: " + line);
        }
        assertTrue(Arrays.stream(physical).anyMatch(l -> l.startsWith(" ")), "the summary is folded");
        assertTrue(unfolded(ics).contains("SUMMARY:" + longTitle.replace(",", "\\,") + " (Respiratory team)"), ics);
        assertFalse(ics.contains("LOCATION"), "no place, no location");
    }

    @Test
    void textValuesAreEscaped() {
        assertEquals("a\\;b\\,c\\\\d\\ne", MeetingInvitation.text("a;b,c\\d\ne"));
    }

    @Test
    void theAgendaIsNotInTheCalendar() {
        MeetingDetail plain = meeting("MDT", null);
        MeetingDetail listed = new MeetingDetail(
                plain.id(),
                plain.version(),
                plain.teamCode(),
                plain.teamName(),
                plain.title(),
                plain.startsAt(),
                plain.durationMinutes(),
                plain.place(),
                plain.videoLink(),
                plain.status(),
                List.of(new AgendaRow(
                        1, 42, "P-00000042", "Severe asthma", "Uncontrolled on OCS", 1, 15, "PLANNED", false, false)),
                List.of(),
                null,
                "MEMBER",
                15);
        String ics = MeetingInvitation.of(listed, ZoneId.of("UTC"), PAGE, NOW);
        assertFalse(ics.contains("P-00000042"), "no pseudonym of a listed case");
        assertFalse(ics.contains("Uncontrolled"), "no case title");
    }

    /** Joins folded lines back (a CRLF followed by one space continues the line). */
    private static List<String> unfolded(String ics) {
        return List.of(ics.replace("\r\n ", "").split("\r\n"));
    }

    private static MeetingDetail meeting(String title, String place) {
        return new MeetingDetail(
                7,
                3,
                "respiratory",
                "Respiratory team",
                title,
                LocalDateTime.of(2026, 6, 15, 14, 0),
                90,
                place,
                "https://video.example.org/room/7",
                "SCHEDULED",
                List.of(),
                List.of(),
                null,
                "MEMBER",
                0);
    }
}
