package org.refract.service.review;

import java.io.Serializable;
import java.time.Instant;

/** One notification in a person's inbox; {@code caseId} or {@code meetingId} say what it links to. */
public record NotificationRow(
        long id,
        String kind,
        String text,
        Long caseId,
        Long meetingId,
        String actorName,
        Instant createdAt,
        boolean read)
        implements Serializable {}
