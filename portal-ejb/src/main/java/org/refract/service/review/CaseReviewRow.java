package org.refract.service.review;

import java.time.LocalDateTime;

/** One meeting a case was on, as the case page lists it, with whether its outcome letter can be downloaded. */
public record CaseReviewRow(
        long meetingId,
        long itemId,
        String meetingTitle,
        LocalDateTime startsAt,
        String itemStatus,
        String decision,
        boolean signed)
        implements java.io.Serializable {}
