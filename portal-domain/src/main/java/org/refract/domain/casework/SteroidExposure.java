package org.refract.domain.casework;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Cumulative oral corticosteroid exposure, in mg of prednisolone, per 12-month period ending today (the latest first),
 * so that steroid-sparing after a switch shows as a falling total. Maintenance: each recorded daily dose
 * ({@code ocs-maintenance-mg}) holds from its date until the next one. Courses: each exacerbation treated with systemic
 * steroids counts as one standard course of {@value #COURSE_MG} mg (40 mg a day for 5 days) — a local assumption,
 * because the course dose is not recorded as a number. Information for the team, not a rule.
 *
 * @param from the first day of the period
 * @param to the last day (included)
 * @param maintenanceMg prednisolone from maintenance doses in the period
 * @param courses steroid-treated exacerbations in the period
 */
public record SteroidExposure(LocalDate from, LocalDate to, BigDecimal maintenanceMg, int courses)
        implements Serializable {

    /** One standard course, in mg of prednisolone (40 mg/day for 5 days). */
    public static final int COURSE_MG = 200;

    /** A recorded maintenance dose, in mg of prednisolone a day, from a day on. */
    public record Dose(LocalDate from, BigDecimal mgPerDay) {

        public Dose {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(mgPerDay, "mgPerDay");
        }
    }

    /** Maintenance and courses together, in mg. */
    public BigDecimal totalMg() {
        return maintenanceMg.add(BigDecimal.valueOf((long) courses * COURSE_MG));
    }

    /** The total in grams, one decimal, as shown. */
    public BigDecimal totalGrams() {
        return totalMg().divide(BigDecimal.valueOf(1000), 1, RoundingMode.HALF_UP);
    }

    /**
     * The exposure of the {@code years} 12-month periods ending today; empty when the case records no maintenance dose
     * and no steroid-treated exacerbation.
     */
    public static List<SteroidExposure> of(
            Collection<Dose> doses, Collection<LocalDate> courses, LocalDate today, int years) {
        Objects.requireNonNull(today, "today");
        if (doses.isEmpty() && courses.isEmpty()) {
            return List.of();
        }
        List<Dose> ordered =
                doses.stream().sorted(Comparator.comparing(Dose::from)).toList();
        List<SteroidExposure> periods = new ArrayList<>();
        for (int i = 0; i < years; i++) {
            LocalDate to = today.minusYears(i);
            LocalDate from = EventCounts.windowStart(to, 12);
            int inPeriod = (int) courses.stream()
                    .filter(day -> !day.isBefore(from) && !day.isAfter(to))
                    .count();
            periods.add(new SteroidExposure(from, to, maintenance(ordered, from, to), inPeriod));
        }
        return periods;
    }

    /** Each dose times the days of [from, to] it held for (until the next dose, or the end of the period). */
    private static BigDecimal maintenance(List<Dose> ordered, LocalDate from, LocalDate to) {
        BigDecimal total = BigDecimal.ZERO;
        for (int i = 0; i < ordered.size(); i++) {
            Dose dose = ordered.get(i);
            LocalDate until = i + 1 < ordered.size() ? ordered.get(i + 1).from().minusDays(1) : to;
            LocalDate start = dose.from().isBefore(from) ? from : dose.from();
            LocalDate end = until.isAfter(to) ? to : until;
            if (!end.isBefore(start)) {
                long days = ChronoUnit.DAYS.between(start, end) + 1;
                total = total.add(dose.mgPerDay().multiply(BigDecimal.valueOf(days)));
            }
        }
        return total.setScale(0, RoundingMode.HALF_UP);
    }
}
