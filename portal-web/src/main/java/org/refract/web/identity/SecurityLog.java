package org.refract.web.identity;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.servlet.http.HttpServletRequest;
import org.refract.domain.audit.SecurityEventKind;
import org.refract.service.audit.SecurityEventService;

/**
 * The authentication mechanism's security events: every login, failed login, logout and ended session, with the
 * account and the client address, recorded by {@link SecurityEventService} (the database for the administrators'
 * security log, and the {@code org.refract.security} log category). Passwords never appear.
 */
@ApplicationScoped
public class SecurityLog {

    @EJB
    SecurityEventService events;

    void loggedIn(String username, HttpServletRequest request, String channel) {
        events.record(SecurityEventKind.LOGIN, username, null, request.getRemoteAddr(), "via " + channel);
    }

    void loginFailed(String username, HttpServletRequest request, String channel) {
        events.record(SecurityEventKind.LOGIN_FAILED, username, null, request.getRemoteAddr(), "via " + channel);
    }

    void loggedOut(String username, HttpServletRequest request) {
        events.record(SecurityEventKind.LOGOUT, username, null, request.getRemoteAddr(), null);
    }

    void sessionEnded(String username, HttpServletRequest request, SessionVerdict verdict) {
        events.record(SecurityEventKind.SESSION_ENDED, username, null, request.getRemoteAddr(), "reason " + verdict);
    }
}
