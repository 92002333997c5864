package org.refract.web.decision;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import org.refract.domain.decision.AlertSeverity;
import org.refract.domain.decision.Verdict;

/** How statuses and criterion results look: chip styles, icons and message keys, shared by every decision view. */
@Named
@ApplicationScoped
public class AssessmentDisplay {

    /**
     * Chip style of a status word (MET, NOT_MET, ELIGIBLE, NOT_ELIGIBLE, INSUFFICIENT_DATA; ALERT, NO_ALERT and
     * NOT_APPLICABLE in the rule editor's preview).
     */
    public String statusStyle(String status) {
        return switch (status) {
            case "MET", "ALERT" -> "chip-danger";
            case "ELIGIBLE" -> "chip-ok";
            case "NOT_MET", "NOT_ELIGIBLE", "NO_ALERT", "NOT_APPLICABLE" -> "chip-muted";
            default -> "chip-unassessed";
        };
    }

    public String statusIcon(String status) {
        return switch (status) {
            case "MET", "ELIGIBLE" -> "pi-check-circle";
            case "NOT_MET", "NOT_ELIGIBLE" -> "pi-minus-circle";
            default -> "pi-question-circle";
        };
    }

    public String resultIcon(Verdict result) {
        return switch (result) {
            case MET -> "pi-check";
            case UNMET -> "pi-times";
            case MISSING -> "pi-question";
        };
    }

    public String alertStyle(AlertSeverity severity) {
        return severity == AlertSeverity.DANGER ? "callout-danger" : "callout-warn";
    }
}
