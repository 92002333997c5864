package org.refract.service.analytics;

import java.util.Locale;

/**
 * The analytics figures as CSV (RFC 4180: comma-separated, CRLF, quoted where needed) for a spreadsheet. Counts under
 * five are written as {@code <5}, and the decision times of fewer than five decisions are left out, so that a small
 * group of patients cannot be singled out from an export.
 */
public final class AnalyticsCsv {

    /** Counts below this are suppressed. */
    public static final int SMALL = 5;

    static final String SUPPRESSED = "<5";
    private static final String CRLF = "\r\n";

    private AnalyticsCsv() {}

    public static String of(TeamAnalyticsDetail figures) {
        StringBuilder csv = new StringBuilder();
        line(csv, "figure", "group", "item", "value");
        AnalyticsRequest request = figures.request();
        line(csv, "filter", "", "team", request.team() == null ? "all my teams" : request.team());
        line(csv, "filter", "", "condition", request.condition() == null ? "all conditions" : request.condition());
        line(csv, "filter", "", "from", String.valueOf(request.from()));
        line(csv, "filter", "", "to", String.valueOf(request.to()));
        for (StatusCountRow row : figures.casesByStatus()) {
            line(csv, "cases by status", row.conditionName(), row.status(), count(row.count()));
        }
        for (CountRow row : figures.refractoryAtDecision()) {
            line(csv, "refractory at decision", "", row.label(), count(row.count()));
        }
        for (CountRow row : figures.confirmedFactors()) {
            line(csv, "confirmed resistance factors", "", row.label(), count(row.count()));
        }
        DecisionTimeRow time = figures.decisionTime();
        line(csv, "referral to decision", "", "decisions", count(time.decisions()));
        if (time.decisions() >= SMALL) {
            line(csv, "referral to decision", "", "mean days", String.format(Locale.ROOT, "%.1f", time.meanDays()));
            line(csv, "referral to decision", "", "shortest days", String.valueOf(time.shortestDays()));
            line(csv, "referral to decision", "", "longest days", String.valueOf(time.longestDays()));
        }
        line(csv, "meetings", "", "meetings held", count(figures.meetings().meetingsHeld()));
        line(csv, "meetings", "", "cases decided", count(figures.meetings().casesDecided()));
        for (CountRow row : figures.switchOutcomes()) {
            line(csv, "outcomes of switches", "", row.label(), count(row.count()));
        }
        return csv.toString();
    }

    /** A count as exported: {@code <5} under five. */
    public static String count(long count) {
        return count < SMALL ? SUPPRESSED : String.valueOf(count);
    }

    private static void line(StringBuilder csv, String... fields) {
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) {
                csv.append(',');
            }
            csv.append(field(fields[i]));
        }
        csv.append(CRLF);
    }

    /** Quotes a field where CSV needs it, and neutralises text a spreadsheet would run as a formula. */
    static String field(String value) {
        String text = value == null ? "" : value;
        if (!text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            return "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }
}
