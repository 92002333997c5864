package org.refract.web.identity;

import java.time.Duration;
import java.time.Instant;
import java.util.OptionalLong;

/** What becomes of a logged-in session at a request: it goes on, or it ends and says why on the login page. */
enum SessionVerdict {
    /** The account is unchanged and the login recent enough. */
    CONTINUES,
    /** The absolute session lifetime has run out, however active the session was. */
    EXPIRED,
    /** The account was deactivated, lost a role or team, got a new password, or signed out everywhere. */
    REVOKED;

    /**
     * @param caller the session's caller
     * @param currentStamp the account's stamp now, empty when it is inactive or gone
     * @param lifetime the absolute session lifetime
     * @param now the time of the request
     */
    static SessionVerdict of(SessionCaller caller, OptionalLong currentStamp, Duration lifetime, Instant now) {
        if (currentStamp.isEmpty() || currentStamp.getAsLong() != caller.securityStamp()) {
            return REVOKED;
        }
        return caller.outlived(lifetime, now) ? EXPIRED : CONTINUES;
    }

    /** The value of the login page's {@code ended} parameter. */
    String parameter() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
