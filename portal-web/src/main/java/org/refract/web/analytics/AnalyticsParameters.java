package org.refract.web.analytics;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.refract.service.analytics.AnalyticsRequest;
import org.refract.service.shared.InvalidRequestException;

/**
 * The analytics filters as the page's GET form and the CSV link carry them ({@code team}, {@code condition},
 * {@code from}, {@code to}), read into an {@link AnalyticsRequest}.
 */
record AnalyticsParameters(String team, String condition, String from, String to) {

    static AnalyticsParameters of(HttpServletRequest request) {
        return new AnalyticsParameters(
                request.getParameter("team"),
                request.getParameter("condition"),
                request.getParameter("from"),
                request.getParameter("to"));
    }

    /** The request; {@link InvalidRequestException} names a malformed or reversed period. */
    AnalyticsRequest toRequest(LocalDate today) {
        return AnalyticsRequest.of(team, condition, from, to, today);
    }

    /** The filters as a query string, for the CSV link. */
    String query() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("team", team);
        values.put("condition", condition);
        values.put("from", from);
        values.put("to", to);
        return values.entrySet().stream()
                .filter(e -> e.getValue() != null && !e.getValue().isBlank())
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue().strip(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
