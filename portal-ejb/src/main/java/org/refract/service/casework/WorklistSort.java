package org.refract.service.casework;

import java.util.Locale;
import java.util.Optional;

/** The columns the worklist sorts on, each backed by an index or a cheap join (see V4__casework.sql). */
public enum WorklistSort {
    UPDATED("c.updatedAt"),
    STATUS("c.status"),
    PSEUDONYM("p.pseudonym"),
    TITLE("c.title"),
    CONDITION("co.name"),
    TEAM("t.name"),
    CLINICIAN("u.displayName");

    private final String expression;

    WorklistSort(String expression) {
        this.expression = expression;
    }

    String expression() {
        return expression;
    }

    /** Accepts the names the pages and the API use ("updatedAt", "pseudonym", "conditionName", ...). */
    public static Optional<WorklistSort> parse(String field) {
        if (field == null || field.isBlank()) {
            return Optional.empty();
        }
        String key = field.toLowerCase(Locale.ROOT);
        return switch (key) {
            case "updated", "updatedat" -> Optional.of(UPDATED);
            case "status" -> Optional.of(STATUS);
            case "pseudonym", "patient" -> Optional.of(PSEUDONYM);
            case "title" -> Optional.of(TITLE);
            case "condition", "conditionname", "conditioncode" -> Optional.of(CONDITION);
            case "team", "teamname", "teamcode" -> Optional.of(TEAM);
            case "clinician", "clinicianname" -> Optional.of(CLINICIAN);
            default -> Optional.empty();
        };
    }
}
