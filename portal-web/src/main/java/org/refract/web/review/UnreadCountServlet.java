package org.refract.web.review;

import static org.refract.domain.shared.JsonValues.JSON;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.refract.service.review.NotificationService;
import org.refract.web.shared.Messages;

/**
 * {@code /notifications/unread}: the caller's unread count and the bell's spoken label as JSON, which the header's
 * bell asks for now and then (bell.js) so that a notification shows without reloading the page. A plain servlet
 * rather than a Faces poll: it touches no view state and costs one count query. Clinicians and chairs only (the
 * service's role check); the session's login, like every page.
 */
@WebServlet("/notifications/unread")
public class UnreadCountServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient NotificationService notifications;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        long unread;
        try {
            unread = notifications.unreadCount();
        } catch (EJBAccessException e) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        String label = Messages.text(Locale.UK, "notifications.bell", unread);
        response.setContentType("application/json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.getWriter()
                .write(JSON.createObjectBuilder()
                        .add("unread", unread)
                        .add("label", label)
                        .build()
                        .toString());
    }
}
