package org.refract.service.catalog;

import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.refract.domain.catalog.Condition;
import org.refract.service.shared.FieldErrors;

/** The field checks every catalogue editor shares: codes, required and optional texts, the applies-to conditions. */
final class EntryChecks {

    private static final String CODE_PATTERN = "[a-z0-9][a-z0-9-]{0,59}";

    private EntryChecks() {}

    /** A new entry's code: well formed and not taken, also not by a deactivated entry. */
    static void newCode(EntityManager em, String code, String byCodeQuery, FieldErrors errors) {
        if (code == null || !code.matches(CODE_PATTERN)) {
            errors.add("code", "Use 1-60 lowercase letters, digits or hyphens, starting with a letter or digit.");
        } else if (!em.createNamedQuery(byCodeQuery)
                .setParameter("code", code)
                .getResultList()
                .isEmpty()) {
            errors.add("code", "The code " + code + " is taken (also by deactivated entries).");
        }
    }

    /** At least one condition, all known. */
    static Set<Condition> conditions(EntityManager em, Collection<String> codes, FieldErrors errors) {
        if (codes == null || codes.isEmpty()) {
            errors.add("conditions", "Choose at least one condition.");
            return Set.of();
        }
        List<Condition> found = em.createQuery("select c from Condition c where c.code in :codes", Condition.class)
                .setParameter("codes", codes)
                .getResultList();
        if (found.size() != new HashSet<>(codes).size()) {
            errors.add("conditions", "Unknown condition.");
        }
        return new HashSet<>(found);
    }

    static void required(String field, String value, int max, FieldErrors errors) {
        if (value == null || value.isBlank()) {
            errors.add(field, "This field is required.");
        } else {
            optional(field, value, max, errors);
        }
    }

    static void optional(String field, String value, int max, FieldErrors errors) {
        if (value != null && value.strip().length() > max) {
            errors.add(field, "Use at most " + max + " characters.");
        }
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    static List<String> names(Set<Condition> conditions) {
        return sorted(conditions).stream().map(Condition::getName).toList();
    }

    static List<String> codes(Set<Condition> conditions) {
        return sorted(conditions).stream().map(Condition::getCode).toList();
    }

    private static List<Condition> sorted(Set<Condition> conditions) {
        return conditions.stream()
                .sorted(Comparator.comparingInt(Condition::getDisplayOrder))
                .toList();
    }
}
