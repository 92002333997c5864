package org.refract.service.review;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * A meeting as an iCalendar object (RFC 5545) that mail and calendar clients import: one {@code VEVENT} with a UID
 * that stays the same for the meeting (so a second import updates the first), times in UTC, lines ended by CRLF and
 * folded at 75 octets. The summary names the meeting and its team only: nothing of the agenda, so no clinical text
 * leaves the portal in a calendar.
 */
public final class MeetingInvitation {

    /** The media type of the download. */
    public static final String MEDIA_TYPE = "text/calendar";

    private static final String CRLF = "\r\n";
    private static final int MAX_OCTETS = 75;
    private static final DateTimeFormatter UTC =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private MeetingInvitation() {}

    /**
     * The calendar of one meeting.
     *
     * @param meeting the meeting as its page shows it
     * @param zone the zone the meeting's local start time is in (the server's)
     * @param page the address of the meeting's page, given as the event's URL
     * @param now the moment of the download ({@code DTSTAMP})
     */
    public static String of(MeetingDetail meeting, ZoneId zone, URI page, Instant now) {
        Instant start = meeting.startsAt().atZone(zone).toInstant();
        Instant end = start.plusSeconds(60L * meeting.durationMinutes());
        List<String> lines = new ArrayList<>();
        lines.add("BEGIN:VCALENDAR");
        lines.add("VERSION:2.0");
        lines.add("PRODID:-//Refract//Case review meetings//EN");
        lines.add("CALSCALE:GREGORIAN");
        lines.add("METHOD:PUBLISH");
        lines.add("BEGIN:VEVENT");
        lines.add("UID:" + uid(meeting.id(), page));
        lines.add("DTSTAMP:" + UTC.format(now));
        lines.add("DTSTART:" + UTC.format(start));
        lines.add("DTEND:" + UTC.format(end));
        lines.add("SEQUENCE:" + Math.max(0, meeting.version()));
        lines.add("SUMMARY:" + text(meeting.title() + " (" + meeting.teamName() + ")"));
        if (meeting.place() != null && !meeting.place().isBlank()) {
            lines.add("LOCATION:" + text(meeting.place()));
        }
        String description = "Case review meeting in Refract: " + page
                + (meeting.videoLink() == null || meeting.videoLink().isBlank()
                        ? ""
                        : "\nVideo: " + meeting.videoLink());
        lines.add("DESCRIPTION:" + text(description));
        lines.add("URL:" + page);
        lines.add("STATUS:CONFIRMED");
        lines.add("TRANSP:OPAQUE");
        lines.add("END:VEVENT");
        lines.add("END:VCALENDAR");
        StringBuilder calendar = new StringBuilder();
        for (String line : lines) {
            calendar.append(fold(line)).append(CRLF);
        }
        return calendar.toString();
    }

    /** The file name of the download: {@code meeting-ID.ics}. */
    public static String fileName(long meetingId) {
        return "meeting-" + meetingId + ".ics";
    }

    private static String uid(long meetingId, URI page) {
        String host = page.getHost() == null ? "refract" : page.getHost();
        return "meeting-" + meetingId + "@" + host;
    }

    /** TEXT value escaping (RFC 5545 3.3.11): backslash, semicolon, comma and line breaks. */
    static String text(String value) {
        return value.replace("\\", "\\\\")
                .replace(";", "\\;")
                .replace(",", "\\,")
                .replace("\r\n", "\\n")
                .replace("\n", "\\n")
                .replace("\r", "\\n");
    }

    /**
     * Folds a content line into lines of at most 75 octets of UTF-8 (RFC 5545 3.1): each continuation starts with
     * one space, and a character is never split across two lines.
     */
    static String fold(String line) {
        StringBuilder folded = new StringBuilder();
        int octets = 0;
        for (int i = 0; i < line.length(); ) {
            int codePoint = line.codePointAt(i);
            int width = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + width > MAX_OCTETS) {
                folded.append(CRLF).append(' ');
                octets = 1;
            }
            folded.appendCodePoint(codePoint);
            octets += width;
            i += Character.charCount(codePoint);
        }
        return folded.toString();
    }
}
