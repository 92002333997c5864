package org.refract.it.casework;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Map;

/**
 * Test deployments only: how many view maps the caller's session holds, and how many records of view-scoped beans
 * Mojarra keeps beside them ({@code "contexts maps"}), under the names {@code StaleViewContexts} relies on.
 */
@WebServlet("/it/view-contexts")
public class ViewContextsProbe extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        HttpSession session = request.getSession(false);
        if (session == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType("text/plain");
        response.getWriter()
                .print(size(session.getAttribute("com.sun.faces.application.view.activeViewContexts")) + " "
                        + size(session.getAttribute("com.sun.faces.application.view.activeViewMaps")));
    }

    private static int size(Object attribute) {
        return attribute instanceof Map<?, ?> map ? map.size() : 0;
    }
}
