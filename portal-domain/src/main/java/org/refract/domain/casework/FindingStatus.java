package org.refract.domain.casework;

/** Where the team stands on one resistance factor for a case. */
public enum FindingStatus {
    SUSPECTED,
    CONFIRMED,
    EXCLUDED,
    /** Was present and has been dealt with (e.g. inhaler technique corrected). */
    ADDRESSED
}
