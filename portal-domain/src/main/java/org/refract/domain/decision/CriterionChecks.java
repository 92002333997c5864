package org.refract.domain.decision;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.refract.domain.decision.CaseFacts.Measurement;
import org.refract.domain.shared.InvalidInputException;

/** Shared argument checks and measurement look-ups of the criteria. */
final class CriterionChecks {
    private CriterionChecks() {}

    static void code(String code, String field) {
        if (code == null || !code.matches("[a-z0-9][a-z0-9-]{0,39}")) {
            throw new InvalidInputException(field, "Give a catalogue code (lower-case letters, digits, dashes).");
        }
    }

    static void required(Object value, String field) {
        if (value == null) {
            throw new InvalidInputException(field, "A value is required.");
        }
    }

    static void months(Integer months) {
        if (months != null && (months < 1 || months > 240)) {
            throw new InvalidInputException("withinMonths", "Give between 1 and 240 months, or leave it empty.");
        }
    }

    static String within(Integer months) {
        return months == null ? "" : " (within " + months + " months)";
    }

    static String capitalise(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    static String noValue(String code, Integer months) {
        return "no " + code + (months == null ? " recorded" : " in the last " + months + " months");
    }

    static List<Measurement> numeric(EvaluationContext context, String code, Integer months) {
        LocalDate since = months == null ? LocalDate.MIN : context.facts().on().minusMonths(months);
        return context.facts().measurementsOf(code).stream()
                .filter(m -> m.number() != null && !m.date().isBefore(since))
                .toList();
    }

    static Optional<Measurement> pick(List<Measurement> newestFirst, Aggregate aggregate) {
        return switch (aggregate) {
            case LATEST -> newestFirst.stream().findFirst();
            case HIGHEST -> newestFirst.stream().max(Comparator.comparing(Measurement::number));
            case LOWEST -> newestFirst.stream().min(Comparator.comparing(Measurement::number));
        };
    }
}
