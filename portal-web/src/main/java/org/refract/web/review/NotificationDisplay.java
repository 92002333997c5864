package org.refract.web.review;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

/** Icons of the notification kinds (the kind's name is always shown as text too). */
@Named
@ApplicationScoped
public class NotificationDisplay {

    public String icon(String kind) {
        if (kind == null) {
            return "pi-bell";
        }
        return switch (kind) {
            case "CASE_LISTED" -> "pi-calendar-plus";
            case "MENTION" -> "pi-at";
            case "ACTION_ASSIGNED" -> "pi-check-square";
            case "RECOMMENDATION_SIGNED" -> "pi-verified";
            case "REVIEW_DUE" -> "pi-replay";
            case "RELAPSE" -> "pi-exclamation-circle";
            case "PASSWORD_CHANGED" -> "pi-key";
            default -> "pi-bell";
        };
    }

    /** The link of a notification, relative to the portal's root. */
    public String link(org.refract.service.review.NotificationRow row) {
        return NotificationsBacking.link(row);
    }
}
