package org.refract.service.review;

import java.time.LocalDateTime;

/** What the schedule form sends. */
public record MeetingRequest(
        String teamCode, String title, LocalDateTime startsAt, int durationMinutes, String place, String videoLink)
        implements java.io.Serializable {}
