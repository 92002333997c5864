package org.refract.web.analytics;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.refract.service.analytics.AnalyticsCsv;
import org.refract.service.analytics.TeamAnalyticsService;
import org.refract.service.audit.SecurityEventService;
import org.refract.service.shared.InvalidRequestException;
import org.refract.web.shared.Download;

/**
 * {@code /analytics/export.csv?team=&condition=&from=&to=}: the figures of the analytics page as CSV, counts under
 * five as {@code <5}. The {@code /analytics/*} constraint lets clinicians and chairs in; the service keeps to their
 * teams. A filter that is wrong answers 400 naming it. Each download is a security event (an export).
 */
@WebServlet("/analytics/export.csv")
public class AnalyticsCsvServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient TeamAnalyticsService analytics;

    @Inject
    transient SecurityEventService securityEvents;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        LocalDate today = LocalDate.now();
        String csv;
        try {
            csv = AnalyticsCsv.of(
                    analytics.figures(AnalyticsParameters.of(request).toRequest(today)));
        } catch (InvalidRequestException e) {
            response.sendError(
                    HttpServletResponse.SC_BAD_REQUEST,
                    e.getErrors().stream()
                            .map(error -> error.field() + ": " + error.message())
                            .toList()
                            .toString());
            return;
        } catch (EJBAccessException e) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        securityEvents.exported("analytics CSV " + request.getQueryString());
        Download.send(
                response,
                "text/csv; charset=UTF-8",
                "refract-analytics-" + today + ".csv",
                csv.getBytes(StandardCharsets.UTF_8));
    }
}
