package org.refract.domain.audit;

/** What a {@link SecurityEvent} records. */
public enum SecurityEventKind {
    /** A login succeeded (page or API). */
    LOGIN,
    /** A login failed: wrong password, unknown or inactive account, expired temporary password. */
    LOGIN_FAILED,
    /** An attempt turned away while the throttle makes the account or address wait (the portal's lock-out). */
    LOGIN_THROTTLED,
    /** A user signed out. */
    LOGOUT,
    /** A session ended because access changed or it grew too old. */
    SESSION_ENDED,
    /** An account's roles were set or changed. */
    ROLE_CHANGE,
    /** An account's team memberships were changed. */
    TEAM_CHANGE,
    /** A clinical role for an administrator waits for a second administrator's approval. */
    GRANT_REQUESTED,
    /** A second administrator approved a pending grant. */
    GRANT_APPROVED,
    /** A pending grant was refused or withdrawn. */
    GRANT_REFUSED,
    /** An account was created, deactivated or reactivated. */
    ACCOUNT_CHANGE,
    /** A user changed their own password. */
    PASSWORD_CHANGED,
    /** An administrator replaced a password by a one-time password. */
    PASSWORD_RESET,
    /** Data left the portal as a file: a FHIR bundle, an outcome letter, a CSV. */
    EXPORT
}
