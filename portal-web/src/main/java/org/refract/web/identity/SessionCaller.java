package org.refract.web.identity;

import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;

/**
 * The authenticated caller kept in the HTTP session between requests (small and serializable, so it replicates
 * across a cluster). It is trusted only while the account's security stamp is still the one it was opened with,
 * and for at most the absolute session lifetime after the login.
 *
 * @param username login name
 * @param groups role names at login
 * @param securityStamp the account's security stamp at login (or at the caller's own renewal)
 * @param loggedInAt when the password was checked
 */
record SessionCaller(String username, Set<String> groups, long securityStamp, Instant loggedInAt)
        implements Serializable {

    static final String ATTRIBUTE = SessionCaller.class.getName();

    SessionCaller {
        groups = Set.copyOf(groups);
    }

    /** Whether the login is older than {@code lifetime} at {@code now}, however active the session was. */
    boolean outlived(Duration lifetime, Instant now) {
        return !now.isBefore(loggedInAt.plus(lifetime));
    }

    /**
     * Keeps this session going after the caller changed the stamp themselves (a new password, "sign out my other
     * sessions"): the other sessions end, this one carries the new stamp. The login time stays.
     */
    static void renew(HttpSession session, long newStamp) {
        if (session.getAttribute(ATTRIBUTE) instanceof SessionCaller caller) {
            session.setAttribute(
                    ATTRIBUTE, new SessionCaller(caller.username(), caller.groups(), newStamp, caller.loggedInAt()));
        }
    }
}
