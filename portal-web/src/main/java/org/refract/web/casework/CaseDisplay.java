package org.refract.web.casework;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.Year;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.refract.domain.casework.CaseStatus;

/**
 * How case facts read on screen, shared by the case pages: age from the birth year, dates in the user's locale,
 * and the icon and colour that go with each status (the text always says it too).
 */
@Named
@ApplicationScoped
public class CaseDisplay {

    /** Age reached this year: only the birth year is stored, so the age may be one year too high. */
    public int age(int birthYear) {
        return Year.now().getValue() - birthYear;
    }

    /** A date and time in the locale of the page, e.g. "3 Mar 2026, 14:05". */
    public String dateTime(Instant instant) {
        if (instant == null) {
            return "";
        }
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale())
                .withZone(ZoneId.systemDefault())
                .format(instant);
    }

    /** PrimeIcons class of a status, so that the status is never told by colour alone. */
    public String statusIcon(CaseStatus status) {
        return switch (status) {
            case DRAFT -> "pi-pencil";
            case READY_FOR_REVIEW -> "pi-inbox";
            case IN_REVIEW -> "pi-users";
            case RECOMMENDATION_ISSUED -> "pi-check-circle";
            case FOLLOW_UP -> "pi-calendar";
            case CLOSED -> "pi-lock";
        };
    }

    /** Chip style of a status: amber waits for the team, green has a recommendation, grey is finished or draft. */
    public String statusStyle(CaseStatus status) {
        return switch (status) {
            case DRAFT, CLOSED -> "chip-muted";
            case READY_FOR_REVIEW, IN_REVIEW -> "chip-warn";
            case RECOMMENDATION_ISSUED, FOLLOW_UP -> "chip-ok";
        };
    }

    private static Locale locale() {
        FacesContext faces = FacesContext.getCurrentInstance();
        return faces != null && faces.getViewRoot() != null
                ? faces.getViewRoot().getLocale()
                : Locale.UK;
    }
}
