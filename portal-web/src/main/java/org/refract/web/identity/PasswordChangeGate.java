package org.refract.web.identity;

import jakarta.ejb.EJB;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.refract.service.identity.PasswordChangeService;

/**
 * Keeps a user whose password was set by an administrator (new account, reset) on the change-password page until
 * they have chosen their own. Asked once per session, right after login; the answer lives in the session until the
 * change is made. The API never gets here with such an account: the identity store refuses it there.
 */
@WebFilter(filterName = "PasswordChangeGate", urlPatterns = "/*")
public class PasswordChangeGate extends HttpFilter {

    static final String PAGE = "/account/password.xhtml";
    private static final String PENDING = PasswordChangeGate.class.getName() + ".pending";
    private static final long serialVersionUID = 1L;

    @EJB
    transient PasswordChangeService passwords;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getRemoteUser() == null || exempt(request)) {
            chain.doFilter(request, response);
            return;
        }
        HttpSession session = request.getSession(true);
        Object pending = session.getAttribute(PENDING);
        if (pending == null) {
            pending = passwords.changeRequired();
            session.setAttribute(PENDING, pending);
        }
        if (Boolean.TRUE.equals(pending)) {
            response.sendRedirect(request.getContextPath() + PAGE);
            return;
        }
        chain.doFilter(request, response);
    }

    /** Called once the user has chosen a new password. */
    static void passed(HttpSession session) {
        session.setAttribute(PENDING, Boolean.FALSE);
    }

    private static boolean exempt(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.equals(PAGE)
                || path.startsWith("/api/")
                || path.startsWith("/jakarta.faces.resource/")
                || path.startsWith("/login.xhtml")
                || path.startsWith("/health")
                || path.equals("/favicon.ico");
    }
}
