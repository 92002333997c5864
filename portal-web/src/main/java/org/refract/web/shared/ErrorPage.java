package org.refract.web.shared;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/** What the error pages show besides their text: the time of the failure, to quote to an administrator. */
@Named
@RequestScoped
public class ErrorPage {

    private final String occurredAt = LocalDateTime.now()
            .truncatedTo(ChronoUnit.SECONDS)
            .format(DateTimeFormatter.ISO_LOCAL_DATE_TIME)
            .replace('T', ' ');

    public String getOccurredAt() {
        return occurredAt;
    }
}
