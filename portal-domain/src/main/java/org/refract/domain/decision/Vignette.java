package org.refract.domain.decision;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.refract.domain.casework.FindingStatus;
import org.refract.domain.casework.TreatmentResponse;
import org.refract.domain.casework.TrialAssessment;
import org.refract.domain.decision.CaseFacts.Line;
import org.refract.domain.decision.CaseFacts.Measurement;

/**
 * A written patient vignette: invented, pseudonymous facts that test the rules against what the cited guideline
 * says, and that administrators preview rule edits on (they never see real cases).
 *
 * @param key a stable identifier
 * @param condition the condition code
 * @param title what the vignette is about
 * @param facts the facts on the vignette's day
 */
public record Vignette(String key, String condition, String title, CaseFacts facts) {

    /** The day every vignette is evaluated on. */
    public static final LocalDate ON = LocalDate.of(2026, 11, 1);

    public static Builder of(String key, String condition, String title) {
        return new Builder(key, condition, title);
    }

    /** Builds the facts of a vignette in a few readable lines. */
    public static final class Builder {
        private final String key;
        private final String condition;
        private final String title;
        private Integer birthYear = 1975;
        private String sex;
        private final Set<String> proposed = new java.util.TreeSet<>();
        private final List<Measurement> measurements = new ArrayList<>();
        private final List<Line> lines = new ArrayList<>();
        private final Map<String, FindingStatus> findings = new HashMap<>();

        private Builder(String key, String condition, String title) {
            this.key = key;
            this.condition = condition;
            this.title = title;
        }

        public Builder born(Integer year) {
            this.birthYear = year;
            return this;
        }

        /** F, M or X. */
        public Builder sex(String value) {
            this.sex = value;
            return this;
        }

        /** A therapy proposed in a review (safety rules check it as if started; it never counts as tried). */
        public Builder proposed(String therapy) {
            proposed.add(therapy);
            return this;
        }

        /** A number measured {@code monthsAgo} months before {@link #ON}. */
        public Builder measured(String code, String value, String unit, int monthsAgo) {
            measurements.add(Measurement.number(code, value, unit, ON.minusMonths(monthsAgo)));
            return this;
        }

        public Builder coded(String code, String value, int monthsAgo) {
            measurements.add(Measurement.coded(code, value, ON.minusMonths(monthsAgo)));
            return this;
        }

        /** A treatment line that failed although adequate, adherent and verified. */
        public Builder failed(String therapy, int startMonthsAgo, int endMonthsAgo) {
            lines.add(new Line(
                    therapy,
                    ON.minusMonths(startMonthsAgo),
                    ON.minusMonths(endMonthsAgo),
                    TreatmentResponse.NONE,
                    TrialAssessment.ADEQUATE_FAILURE,
                    true));
            return this;
        }

        /** A line still running, with adherence confirmed or not (null: not assessed). */
        public Builder ongoing(String therapy, int startMonthsAgo, Boolean adherenceConfirmed) {
            lines.add(new Line(
                    therapy,
                    ON.minusMonths(startMonthsAgo),
                    null,
                    TreatmentResponse.UNKNOWN,
                    TrialAssessment.ONGOING_UNJUDGED,
                    adherenceConfirmed));
            return this;
        }

        /** A line still running that has not worked despite an adequate, adherent trial. */
        public Builder failing(String therapy, int startMonthsAgo) {
            lines.add(new Line(
                    therapy,
                    ON.minusMonths(startMonthsAgo),
                    null,
                    TreatmentResponse.PARTIAL,
                    TrialAssessment.ADEQUATE_FAILURE,
                    true));
            return this;
        }

        /** A finished line after which the disease responded completely (it may have relapsed since). */
        public Builder responded(String therapy, int startMonthsAgo, int endMonthsAgo) {
            lines.add(new Line(
                    therapy,
                    ON.minusMonths(startMonthsAgo),
                    ON.minusMonths(endMonthsAgo),
                    TreatmentResponse.COMPLETE,
                    TrialAssessment.RESPONDED,
                    true));
            return this;
        }

        /** A line that failed, but adherence was never verified. */
        public Builder unverified(String therapy, int startMonthsAgo, int endMonthsAgo) {
            lines.add(new Line(
                    therapy,
                    ON.minusMonths(startMonthsAgo),
                    ON.minusMonths(endMonthsAgo),
                    TreatmentResponse.NONE,
                    TrialAssessment.UNVERIFIED,
                    null));
            return this;
        }

        /** A line that ended without a judgement of its response (a course given, a drug stopped). */
        public Builder ended(String therapy, int startMonthsAgo, int endMonthsAgo) {
            lines.add(new Line(
                    therapy,
                    ON.minusMonths(startMonthsAgo),
                    ON.minusMonths(endMonthsAgo),
                    TreatmentResponse.UNKNOWN,
                    TrialAssessment.ONGOING_UNJUDGED,
                    true));
            return this;
        }

        /** A line stopped for intolerable side effects. */
        public Builder intolerant(String therapy, int startMonthsAgo, int endMonthsAgo) {
            lines.add(new Line(
                    therapy,
                    ON.minusMonths(startMonthsAgo),
                    ON.minusMonths(endMonthsAgo),
                    TreatmentResponse.INTOLERANT,
                    TrialAssessment.INTOLERANT,
                    true));
            return this;
        }

        /** A number measured {@code weeksAgo} weeks before {@link #ON} (responses read week by week). */
        public Builder measuredWeeksAgo(String code, String value, String unit, int weeksAgo) {
            measurements.add(Measurement.number(code, value, unit, ON.minusWeeks(weeksAgo)));
            return this;
        }

        /** A line still running that started {@code startWeeksAgo} weeks before {@link #ON}. */
        public Builder ongoingWeeks(String therapy, int startWeeksAgo) {
            lines.add(new Line(
                    therapy,
                    ON.minusWeeks(startWeeksAgo),
                    null,
                    TreatmentResponse.UNKNOWN,
                    TrialAssessment.ONGOING_UNJUDGED,
                    true));
            return this;
        }

        /** The same finding for several factors ("obesity, GERD, sleep apnoea ... excluded"). */
        public Builder findings(FindingStatus status, String... factors) {
            for (String factor : factors) {
                findings.put(factor, status);
            }
            return this;
        }

        public Builder finding(String factor, FindingStatus status) {
            findings.put(factor, status);
            return this;
        }

        public Vignette build() {
            return new Vignette(
                    key, condition, title, new CaseFacts(ON, birthYear, sex, measurements, lines, findings, proposed));
        }
    }
}
