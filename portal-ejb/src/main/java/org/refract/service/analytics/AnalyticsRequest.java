package org.refract.service.analytics;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.refract.service.shared.FieldErrors;
import org.refract.service.shared.InvalidRequestException;

/**
 * What the analytics page asks for: one of the caller's teams (or all of them when null), one condition (or all),
 * and a period of days, both ends included.
 */
public record AnalyticsRequest(String team, String condition, LocalDate from, LocalDate to) implements Serializable {

    /** The last twelve months up to {@code today}, every team of the caller, every condition. */
    public static AnalyticsRequest lastYear(LocalDate today) {
        return new AnalyticsRequest(null, null, today.minusYears(1).plusDays(1), today);
    }

    /**
     * The request as the page's form and the API send it: blank means all teams, all conditions, or the end of the
     * last twelve months; dates as {@code YYYY-MM-DD}.
     *
     * @throws InvalidRequestException naming {@code from} or {@code to} for a malformed or reversed period
     */
    public static AnalyticsRequest of(String team, String condition, String from, String to, LocalDate today) {
        AnalyticsRequest defaults = lastYear(today);
        FieldErrors errors = new FieldErrors();
        LocalDate first = date("from", from, defaults.from(), errors);
        LocalDate last = date("to", to, defaults.to(), errors);
        if (first != null && last != null && last.isBefore(first)) {
            errors.add("to", "The period ends before it starts.");
        }
        errors.throwIfAny();
        return new AnalyticsRequest(blankToNull(team), blankToNull(condition), first, last);
    }

    private static LocalDate date(String field, String value, LocalDate otherwise, FieldErrors errors) {
        if (value == null || value.isBlank()) {
            return otherwise;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            errors.add(field, "A date like 2026-01-31.");
            return null;
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
