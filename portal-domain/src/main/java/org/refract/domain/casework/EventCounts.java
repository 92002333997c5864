package org.refract.domain.casework;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * The counts the rules use, derived from recorded events over their windows (both ends included, ending today):
 * {@code exacerbations-12m} (exacerbations treated with systemic steroids in the last 12 months), {@code abr} (treated
 * bleeds in the last 12 months) and {@code seizures-per-month} (seizures in the last 3 months, divided by 3). A count
 * is derived only for a kind of event the case has at least one of: where nobody records events, the hand-typed
 * count stands.
 */
public final class EventCounts {

    /** One derived count, with where it came from. */
    public record Derived(String code, BigDecimal value, LocalDate from, LocalDate to, int events, String basis) {}

    private record Definition(
            String code, EventType type, int months, Predicate<ClinicalEvent> counted, String what, boolean perMonth) {}

    private static final List<Definition> DEFINITIONS = List.of(
            new Definition(
                    "exacerbations-12m",
                    EventType.EXACERBATION,
                    12,
                    e -> Boolean.TRUE.equals(e.details().treatedWithSystemicSteroids()),
                    "steroid-treated exacerbations",
                    false),
            new Definition(
                    "abr",
                    EventType.BLEED,
                    12,
                    e -> Boolean.TRUE.equals(e.details().treated()),
                    "treated bleeds",
                    false),
            new Definition("seizures-per-month", EventType.SEIZURE, 3, e -> true, "seizures", true));

    private EventCounts() {}

    /** The first day of a window of {@code months} months that ends on (and includes) {@code today}. */
    public static LocalDate windowStart(LocalDate today, int months) {
        return today.minusMonths(months).plusDays(1);
    }

    /** The derived counts of the case's events on {@code today}, in a fixed order. */
    public static List<Derived> of(Collection<ClinicalEvent> events, LocalDate today) {
        Objects.requireNonNull(today, "Today's date is required.");
        List<Derived> derived = new ArrayList<>();
        for (Definition definition : DEFINITIONS) {
            List<ClinicalEvent> ofKind = events.stream()
                    .filter(e -> e.getType() == definition.type())
                    .toList();
            if (ofKind.isEmpty()) {
                continue;
            }
            LocalDate from = windowStart(today, definition.months());
            int total = ofKind.stream()
                    .filter(e -> e.isBetween(from, today))
                    .filter(definition.counted())
                    .mapToInt(ClinicalEvent::occurrences)
                    .sum();
            BigDecimal value = definition.perMonth()
                    ? BigDecimal.valueOf(total).divide(BigDecimal.valueOf(definition.months()), 1, RoundingMode.HALF_UP)
                    : BigDecimal.valueOf(total);
            String basis = "Derived from recorded events: " + total + " " + definition.what() + " from " + from + " to "
                    + today + (definition.perMonth() ? " (mean per month)" : "") + ".";
            derived.add(new Derived(definition.code(), value, from, today, total, basis));
        }
        return derived;
    }
}
