package org.refract.web.identity;

import jakarta.servlet.http.HttpServletRequest;
import org.jboss.logging.Logger;

/**
 * Security events in the server log, in one category ({@code org.refract.security}) that operations can route to
 * their own file or SIEM: every login, failed login, logout and ended session, with the account and the client
 * address (the log line carries the time). Passwords never appear.
 */
final class SecurityLog {

    private static final Logger LOG = Logger.getLogger("org.refract.security");

    private SecurityLog() {}

    static void loggedIn(String username, HttpServletRequest request, String channel) {
        LOG.infof("LOGIN user=%s address=%s via=%s", username, request.getRemoteAddr(), channel);
    }

    static void loginFailed(String username, HttpServletRequest request, String channel) {
        LOG.warnf("LOGIN_FAILED user=%s address=%s via=%s", printable(username), request.getRemoteAddr(), channel);
    }

    static void loggedOut(String username, HttpServletRequest request) {
        LOG.infof("LOGOUT user=%s address=%s", username, request.getRemoteAddr());
    }

    static void sessionEnded(String username, HttpServletRequest request, SessionVerdict verdict) {
        LOG.infof("SESSION_ENDED user=%s address=%s reason=%s", username, request.getRemoteAddr(), verdict);
    }

    /** A typed username is untrusted: no line breaks or control characters in the log, and not too long. */
    private static String printable(String username) {
        if (username == null) {
            return "-";
        }
        String cleaned = username.replaceAll("\\p{Cntrl}", "?");
        return cleaned.length() > 64 ? cleaned.substring(0, 64) + "..." : cleaned;
    }
}
