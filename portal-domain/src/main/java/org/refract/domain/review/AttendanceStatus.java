package org.refract.domain.review;

/** A member's attendance at one meeting. */
public enum AttendanceStatus {
    PRESENT,
    ABSENT
}
