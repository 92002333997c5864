package org.refract.service.review;

import java.time.LocalDateTime;
import org.refract.domain.review.Meeting;

/** One meeting in a calendar or list. */
public record MeetingRow(
        long id,
        String teamCode,
        String teamName,
        String title,
        LocalDateTime startsAt,
        LocalDateTime endsAt,
        String place,
        String videoLink,
        String status,
        int cases)
        implements java.io.Serializable {

    /** The row of {@code m}, whose agenda holds {@code cases} cases (counted by the caller, the agenda unread). */
    static MeetingRow of(Meeting m, int cases) {
        return new MeetingRow(
                m.getId(),
                m.getTeam().getCode(),
                m.getTeam().getName(),
                m.getTitle(),
                m.getStartsAt(),
                m.getEndsAt(),
                m.getPlace().orElse(null),
                m.getVideoLink().orElse(null),
                m.getStatus().name(),
                cases);
    }
}
