package org.refract.domain.review;

/** Where a meeting stands: planned, running (attendance and decisions are recorded), or closed. */
public enum MeetingStatus {
    SCHEDULED,
    IN_PROGRESS,
    CLOSED
}
