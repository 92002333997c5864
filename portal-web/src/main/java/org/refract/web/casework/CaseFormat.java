package org.refract.web.casework;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.refract.domain.casework.CaseStatus;
import org.refract.domain.casework.FindingStatus;
import org.refract.domain.casework.TreatmentResponse;
import org.refract.domain.casework.TrialAssessment;
import org.refract.domain.catalog.Severity;

/**
 * How the case page shows statuses and times: the chip style and icon that go with a status (its text comes from
 * the bundle), and times in the server's zone. Stateless, so one instance serves every user.
 */
@Named
@ApplicationScoped
public class CaseFormat {

    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());

    public String time(Instant instant) {
        return instant == null ? "" : TIME.format(instant);
    }

    public String unit(String unit) {
        return Units.display(unit);
    }

    public String statusStyle(CaseStatus status) {
        return switch (status) {
            case DRAFT, CLOSED -> "chip-muted";
            case READY_FOR_REVIEW, IN_REVIEW -> "chip-accent";
            case RECOMMENDATION_ISSUED -> "chip-ok";
            case FOLLOW_UP -> "chip-warn";
        };
    }

    public String statusIcon(CaseStatus status) {
        return switch (status) {
            case DRAFT -> "pi-pencil";
            case READY_FOR_REVIEW -> "pi-send";
            case IN_REVIEW -> "pi-users";
            case RECOMMENDATION_ISSUED -> "pi-check-circle";
            case FOLLOW_UP -> "pi-calendar";
            case CLOSED -> "pi-lock";
        };
    }

    public String severityStyle(Severity severity) {
        if (severity == null) {
            return "chip-muted";
        }
        return switch (severity) {
            case NORMAL -> "chip-ok";
            case INFO -> "chip-accent";
            case WARNING -> "chip-warn";
            case DANGER -> "chip-danger";
        };
    }

    public String severityIcon(Severity severity) {
        if (severity == null) {
            return "pi-minus-circle";
        }
        return switch (severity) {
            case NORMAL -> "pi-check-circle";
            case INFO -> "pi-info-circle";
            case WARNING -> "pi-exclamation-triangle";
            case DANGER -> "pi-times-circle";
        };
    }

    /** Response colours the timeline bar; the bar also carries the response as text. */
    public String responseStyle(TreatmentResponse response) {
        if (response == null) {
            return "response-unknown";
        }
        return "response-" + response.name().toLowerCase(java.util.Locale.ROOT);
    }

    public String assessmentStyle(TrialAssessment assessment) {
        return switch (assessment) {
            case ADEQUATE_FAILURE -> "chip-strong";
            case INADEQUATE, UNVERIFIED -> "chip-warn";
            case RESPONDED -> "chip-ok";
            case INTOLERANT, ONGOING_UNJUDGED -> "chip-muted";
        };
    }

    public String assessmentIcon(TrialAssessment assessment) {
        return switch (assessment) {
            case ADEQUATE_FAILURE -> "pi-times-circle";
            case INADEQUATE, UNVERIFIED -> "pi-exclamation-triangle";
            case RESPONDED -> "pi-check-circle";
            case INTOLERANT -> "pi-ban";
            case ONGOING_UNJUDGED -> "pi-clock";
        };
    }

    public String findingStyle(FindingStatus status) {
        if (status == null) {
            return "chip-unassessed";
        }
        return switch (status) {
            case CONFIRMED -> "chip-warn";
            case SUSPECTED -> "chip-accent";
            case EXCLUDED -> "chip-muted";
            case ADDRESSED -> "chip-ok";
        };
    }

    public String findingIcon(FindingStatus status) {
        if (status == null) {
            return "pi-question-circle";
        }
        return switch (status) {
            case CONFIRMED -> "pi-exclamation-circle";
            case SUSPECTED -> "pi-search";
            case EXCLUDED -> "pi-minus-circle";
            case ADDRESSED -> "pi-check-circle";
        };
    }

    public List<TreatmentResponse> getResponses() {
        return List.of(TreatmentResponse.values());
    }

    public List<FindingStatus> getFindingStatuses() {
        return List.of(FindingStatus.values());
    }

    public List<Boolean> getYesNo() {
        return List.of(Boolean.TRUE, Boolean.FALSE);
    }
}
