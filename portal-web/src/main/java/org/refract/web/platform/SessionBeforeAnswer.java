package org.refract.web.platform;

import io.undertow.server.session.Session;
import io.undertow.servlet.handlers.ServletRequestContext;
import io.undertow.servlet.spec.HttpSessionImpl;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.lang.reflect.Field;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jboss.logging.Logger;

/**
 * Stores the session before the answer ends, so that a node that dies just after answering leaves the other node
 * with the session as the user last saw it (issue 18).
 *
 * <p>WildFly stores a distributable session (on the other node too) when the session's request is done, and it
 * does that after the answer has ended: Undertow closes the answer's stream first, and WildFly's request controller
 * (graceful shutdown) wraps each session so that its request is only done once the whole exchange has completed. A
 * node killed in between had answered a request whose change the other node never got: the page the user now looks
 * at has no view there ("page expired"), the form just opened is closed again.
 *
 * <p>This filter, the first of the chain ({@code web.xml}), ends the session's request itself once the page has been
 * rendered into the answer and before the container ends it: the client cannot see the end of an answer whose
 * session is not yet stored on both nodes. The container's own call afterwards finds nothing left to do (a session's
 * request is done once). The request controller's wrapper is looked through by its field: WildFly offers no other
 * way, so if a later WildFly changes it the filter says so once in the log and the container stores the session as
 * before (after the answer). An answer that failed with an exception, or went asynchronous, is left to the container.
 * On one node the session is stored in memory all the same, so the same code runs everywhere.
 */
public class SessionBeforeAnswer extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(SessionBeforeAnswer.class);
    private static final String WRAPPED = "session";
    private static final AtomicBoolean WARNED = new AtomicBoolean();

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        chain.doFilter(request, response);
        if (request.isAsyncStarted()) {
            return;
        }
        HttpSession httpSession = request.getSession(false);
        ServletRequestContext current = ServletRequestContext.current();
        if (httpSession instanceof HttpSessionImpl container && current != null) {
            Object stored = stored(container.getSession());
            if (stored instanceof Session session) {
                session.requestDone(current.getExchange());
            }
        }
    }

    /** The session that stores itself: the request controller's wrapper defers that to the end of the exchange. */
    static Object stored(Object session) {
        if (!session.getClass().getName().endsWith("$CompletableSession")) {
            return session;
        }
        try {
            Field wrapped = session.getClass().getDeclaredField(WRAPPED);
            wrapped.setAccessible(true);
            return (Session) wrapped.get(session);
        } catch (ReflectiveOperationException | RuntimeException e) {
            if (WARNED.compareAndSet(false, true)) {
                LOG.warnf(
                        "Cannot store sessions before the answer ends (%s): after a node fails, the other may have the"
                                + " session one request behind",
                        e);
            }
            return session;
        }
    }
}
