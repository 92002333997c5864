package org.refract.domain.decision;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.refract.domain.casework.FindingStatus;
import org.refract.domain.casework.TrialAssessment;
import org.refract.domain.decision.CaseFacts.Line;
import org.refract.domain.decision.CaseFacts.Measurement;
import org.refract.domain.shared.InvalidInputException;

/**
 * One structured criterion of a rule: a comparison, a range, a value set, a test result, a count of failed adequate
 * treatment lines, adherence, resistance findings, age, current therapy, a change since a therapy started, another
 * therapy's eligibility, or an all-of / any-of / not group of criteria. Each evaluates to {@link Verdict} and
 * writes one explanation line with the value it used; a missing measurement gives {@link Verdict#MISSING}, never
 * "unmet". Every number is data; there is no code per therapy.
 */
public sealed interface Criterion extends Serializable {

    /** An optional wording that replaces the generated text (e.g. "Blood eosinophils at least 300 cells/uL"). */
    String label();

    /** The criterion in words. */
    String describe();

    /** The criterion's own verdict and the value it used. */
    Judgement judge(EvaluationContext context);

    default String text() {
        return label() == null || label().isBlank() ? describe() : label();
    }

    /** Evaluates this criterion (and its parts) and writes the explanation lines. */
    default Verdict evaluate(EvaluationContext context, int depth) {
        Judgement judgement = judge(context);
        context.explain(new CriterionResult(text(), judgement.verdict(), judgement.value(), depth, false));
        return judgement.verdict();
    }

    // ------------------------------------------------------------------------------------------------ groups

    /** A group: all parts must hold ({@link #all}), any part ({@link #any}). */
    record Group(String label, boolean all, List<Criterion> parts) implements Criterion {
        public Group {
            parts = List.copyOf(parts);
            if (parts.isEmpty()) {
                throw new InvalidInputException("criteria", "A group needs at least one criterion.");
            }
        }

        public static Group allOf(String label, Criterion... parts) {
            return new Group(label, true, List.of(parts));
        }

        public static Group anyOf(String label, Criterion... parts) {
            return new Group(label, false, List.of(parts));
        }

        @Override
        public String describe() {
            return all ? "All of the following" : "Any of the following";
        }

        @Override
        public Judgement judge(EvaluationContext context) {
            List<Verdict> verdicts =
                    parts.stream().map(p -> p.judge(context).verdict()).toList();
            return new Judgement(all ? Verdict.allOf(verdicts) : Verdict.anyOf(verdicts), "");
        }

        @Override
        public Verdict evaluate(EvaluationContext context, int depth) {
            int line = context.explain(new CriterionResult(text(), Verdict.MISSING, "", depth, true));
            List<Verdict> verdicts = new ArrayList<>();
            for (Criterion part : parts) {
                verdicts.add(part.evaluate(context, depth + 1));
            }
            Verdict verdict = all ? Verdict.allOf(verdicts) : Verdict.anyOf(verdicts);
            long met = verdicts.stream().filter(v -> v == Verdict.MET).count();
            context.replace(
                    line, new CriterionResult(text(), verdict, met + " of " + verdicts.size() + " met", depth, true));
            return verdict;
        }
    }

    /** The opposite of a criterion (missing stays missing). */
    record Not(String label, Criterion part) implements Criterion {
        public Not {
            Objects.requireNonNull(part, "part");
        }

        @Override
        public String describe() {
            return "Not: " + part.text();
        }

        @Override
        public Judgement judge(EvaluationContext context) {
            Judgement inner = part.judge(context);
            return new Judgement(inner.verdict().not(), inner.value());
        }
    }

    // ------------------------------------------------------------------------------------------------ measurements

    /** The latest (or highest, lowest) value of a measurement compared with a threshold, optionally recent. */
    record Measure(
            String label,
            String code,
            Aggregate aggregate,
            Comparison comparison,
            BigDecimal threshold,
            Integer withinMonths)
            implements Criterion {
        public Measure {
            CriterionChecks.code(code, "code");
            Objects.requireNonNull(aggregate, "aggregate");
            Objects.requireNonNull(comparison, "comparison");
            CriterionChecks.required(threshold, "threshold");
            CriterionChecks.months(withinMonths);
        }

        @Override
        public String describe() {
            return CriterionChecks.capitalise(aggregate.label()) + " " + code + " " + comparison.symbol() + " "
                    + threshold.stripTrailingZeros().toPlainString() + CriterionChecks.within(withinMonths);
        }

        @Override
        public Judgement judge(EvaluationContext context) {
            Optional<Measurement> used =
                    CriterionChecks.pick(CriterionChecks.numeric(context, code, withinMonths), aggregate);
            return used.map(m -> new Judgement(Verdict.of(comparison.test(m.number(), threshold)), m.display()))
                    .orElseGet(() -> Judgement.missing(CriterionChecks.noValue(code, withinMonths)));
        }
    }

    /** The latest value of a measurement within an inclusive range. */
    record Range(String label, String code, BigDecimal min, BigDecimal max, Integer withinMonths) implements Criterion {
        public Range {
            CriterionChecks.code(code, "code");
            CriterionChecks.required(min, "min");
            CriterionChecks.required(max, "max");
            if (min.compareTo(max) > 0) {
                throw new InvalidInputException("max", "The upper limit must not be below the lower limit.");
            }
            CriterionChecks.months(withinMonths);
        }

        @Override
        public String describe() {
            return "Latest " + code + " between " + min.stripTrailingZeros().toPlainString() + " and "
                    + max.stripTrailingZeros().toPlainString() + CriterionChecks.within(withinMonths);
        }

        @Override
        public Judgement judge(EvaluationContext context) {
            return CriterionChecks.pick(CriterionChecks.numeric(context, code, withinMonths), Aggregate.LATEST)
                    .map(m -> new Judgement(
                            Verdict.of(
                                    m.number().compareTo(min) >= 0 && m.number().compareTo(max) <= 0),
                            m.display()))
                    .orElseGet(() -> Judgement.missing(CriterionChecks.noValue(code, withinMonths)));
        }
    }

    /** The latest coded value of a measurement is one of a set (MGFA class IIa … IVb). */
    record ValueIn(String label, String code, Set<String> values) implements Criterion {
        public ValueIn {
            CriterionChecks.code(code, "code");
            values = Set.copyOf(values);
            if (values.isEmpty()) {
                throw new InvalidInputException("values", "Name at least one value.");
            }
        }

        @Override
        public String describe() {
            return "Latest " + code + " is one of " + String.join(", ", new TreeSet<>(values));
        }

        @Override
        public Judgement judge(EvaluationContext context) {
            return context.facts().measurementsOf(code).stream()
                    .filter(m -> m.valueCode() != null)
                    .findFirst()
                    .map(m -> new Judgement(Verdict.of(values.contains(m.valueCode())), m.display()))
                    .orElseGet(() -> Judgement.missing("no " + code + " recorded"));
        }
    }

    /** The latest result of a positive/negative test (recorded as 1 or 0). */
    record TestResult(String label, String code, boolean positive) implements Criterion {
        public TestResult {
            CriterionChecks.code(code, "code");
        }

        @Override
        public String describe() {
            return code + " " + (positive ? "positive" : "negative");
        }

        @Override
        public Judgement judge(EvaluationContext context) {
            return CriterionChecks.pick(CriterionChecks.numeric(context, code, null), Aggregate.LATEST)
                    .map(m -> {
                        boolean isPositive = m.number().signum() > 0;
                        return new Judgement(
                                Verdict.of(isPositive == positive),
                                code + " " + (isPositive ? "positive" : "negative") + " on " + m.date());
                    })
                    .orElseGet(() -> Judgement.missing("no " + code + " result recorded"));
        }
    }

    /**
     * A measurement changed by at least an amount (points or per cent) while on the judged therapy. By default the
     * latest reading is compared with the last one on or before the start. With {@code overMonths} the latest
     * reading is compared with the newest one at least that many months older, taken no earlier than
     * {@code fromMonth} months after the start (ITI: "at least 20 % fall over 6 months, after month 3"). With
     * {@code sustainedWeeks} the change must show in every reading of the last that many weeks (ADAPT: "for at
     * least 4 weeks"); a change seen for a shorter time is missing data, not a failure.
     */
    record Change(
            String label,
            String code,
            boolean decrease,
            BigDecimal amount,
            boolean percent,
            Integer overMonths,
            Integer fromMonth,
            Integer sustainedWeeks)
            implements Criterion {
        public Change {
            CriterionChecks.code(code, "code");
            CriterionChecks.required(amount, "amount");
            if (amount.signum() <= 0) {
                throw new InvalidInputException("amount", "The change must be greater than zero.");
            }
            CriterionChecks.months(overMonths);
            if (fromMonth != null && (fromMonth < 0 || fromMonth > 240)) {
                throw new InvalidInputException("fromMonth", "Give between 0 and 240 months, or leave it empty.");
            }
            if (sustainedWeeks != null && (sustainedWeeks < 1 || sustainedWeeks > 260)) {
                throw new InvalidInputException("sustainedWeeks", "Give between 1 and 260 weeks, or leave it empty.");
            }
        }

        public Change(String label, String code, boolean decrease, BigDecimal amount, boolean percent) {
            this(label, code, decrease, amount, percent, null, null, null);
        }

        @Override
        public String describe() {
            return code + " " + (decrease ? "fell" : "rose") + " by at least "
                    + amount.stripTrailingZeros().toPlainString() + (percent ? " %" : " points")
                    + (overMonths == null
                            ? " since the therapy started"
                            : " over " + overMonths + " months"
                                    + (fromMonth == null ? "" : " (readings from month " + fromMonth + " on)"))
                    + (sustainedWeeks == null ? "" : ", sustained for at least " + sustainedWeeks + " weeks");
        }

        @Override
        public Judgement judge(EvaluationContext context) {
            Optional<LocalDate> start = context.therapyStart();
            if (start.isEmpty()) {
                return Judgement.missing("no therapy start to compare with");
            }
            List<Measurement> series = CriterionChecks.numeric(context, code, null);
            Optional<Measurement> latest =
                    series.stream().filter(m -> m.date().isAfter(start.get())).findFirst();
            if (latest.isEmpty()) {
                return Judgement.missing("no " + code + " since " + start.get());
            }
            Optional<Measurement> baseline;
            if (overMonths == null) {
                baseline = series.stream()
                        .filter(m -> !m.date().isAfter(start.get()))
                        .findFirst();
                if (baseline.isEmpty()) {
                    return Judgement.missing("no " + code + " on or before " + start.get());
                }
            } else {
                LocalDate earliest = start.get().plusMonths(fromMonth == null ? 0 : fromMonth);
                LocalDate latestBaseline = latest.get().date().minusMonths(overMonths);
                baseline = series.stream()
                        .filter(m ->
                                !m.date().isAfter(latestBaseline) && !m.date().isBefore(earliest))
                        .findFirst();
                if (baseline.isEmpty()) {
                    return Judgement.missing("no " + code + " between " + earliest + " and " + latestBaseline
                            + " to compare " + latest.get().display() + " with");
                }
            }
            Optional<BigDecimal> measured = measure(baseline.get(), latest.get());
            if (measured.isEmpty()) {
                // nothing can fall by a percentage from 0; a rise from 0 has no percentage to judge
                return decrease
                        ? new Judgement(Verdict.UNMET, baseline.get().display() + ": nothing to reduce")
                        : Judgement.missing(code + " was 0 before: no percentage");
            }
            String value = baseline.get().display() + " → " + latest.get().display() + " (" + (decrease ? "−" : "+")
                    + measured.get().stripTrailingZeros().toPlainString() + (percent ? " %" : "") + ")";
            boolean changed = measured.get().compareTo(amount) >= 0;
            if (!changed || sustainedWeeks == null) {
                return new Judgement(Verdict.of(changed), value);
            }
            // the run of readings, newest first, that all show the change against the same baseline
            LocalDate since = latest.get().date();
            for (Measurement m : series) {
                if (!m.date().isAfter(baseline.get().date()) || !m.date().isAfter(start.get())) {
                    break;
                }
                Optional<BigDecimal> each = measure(baseline.get(), m);
                if (each.isEmpty() || each.get().compareTo(amount) < 0) {
                    break;
                }
                since = m.date();
            }
            boolean sustained =
                    !since.plusWeeks(sustainedWeeks).isAfter(latest.get().date());
            String run = value + "; shown since " + since;
            return sustained
                    ? new Judgement(Verdict.MET, run)
                    : Judgement.missing(run + ", not yet for " + sustainedWeeks + " weeks");
        }

        private Optional<BigDecimal> measure(Measurement before, Measurement after) {
            BigDecimal delta = decrease
                    ? before.number().subtract(after.number())
                    : after.number().subtract(before.number());
            if (!percent) {
                return Optional.of(delta);
            }
            if (before.number().signum() == 0) {
                return Optional.empty();
            }
            return Optional.of(delta.multiply(BigDecimal.valueOf(100))
                    .divide(before.number().abs(), 1, java.math.RoundingMode.HALF_UP));
        }
    }

    /**
     * Whether any reading of a measurement is recorded at all (a screening test, a vaccination). Never missing:
     * safety rules use it to alert when a safeguard is not documented.
     */
    record Recorded(String label, String code) implements Criterion {
        public Recorded {
            CriterionChecks.code(code, "code");
        }

        @Override
        public String describe() {
            return code + " recorded";
        }

        @Override
        public Judgement judge(EvaluationContext context) {
            return context.facts().measurementsOf(code).stream()
                    .findFirst()
                    .map(m -> new Judgement(Verdict.MET, m.display()))
                    .orElseGet(() -> new Judgement(Verdict.UNMET, "no " + code + " recorded"));
        }
    }

    /**
     * The latest value of one measurement compared with a multiple of the latest value of another (ILAE 2010:
     * seizure-free for at least 3 times the longest inter-seizure interval before the intervention).
     */
    record Relative(String label, String code, Comparison comparison, BigDecimal factor, String otherCode)
            implements Criterion {
        public Relative {
            CriterionChecks.code(code, "code");
            CriterionChecks.code(otherCode, "otherCode");
            Objects.requireNonNull(comparison, "comparison");
            CriterionChecks.required(factor, "factor");
            if (factor.signum() <= 0) {
                throw new InvalidInputException("factor", "The factor must be greater than zero.");
            }
        }

        @Override
        public String describe() {
            return "Latest " + code + " " + comparison.symbol() + " "
                    + factor.stripTrailingZeros().toPlainString() + " × latest " + otherCode;
        }

        @Override
        public Judgement judge(EvaluationContext context) {
            Optional<Measurement> value =
                    CriterionChecks.pick(CriterionChecks.numeric(context, code, null), Aggregate.LATEST);
            Optional<Measurement> other =
                    CriterionChecks.pick(CriterionChecks.numeric(context, otherCode, null), Aggregate.LATEST);
            if (value.isEmpty()) {
                return Judgement.missing("no " + code + " recorded");
            }
            if (other.isEmpty()) {
                return Judgement.missing("no " + otherCode + " recorded");
            }
            BigDecimal limit = other.get().number().multiply(factor);
            return new Judgement(
                    Verdict.of(comparison.test(value.get().number(), limit)),
                    value.get().display() + " against "
                            + factor.stripTrailingZeros().toPlainString() + " × "
                            + other.get().display() + " = "
                            + limit.stripTrailingZeros().toPlainString());
        }
    }

    // ------------------------------------------------------------------------------------------------ treatment

    /**
     * At least {@code min} different therapies failed despite an adequate, verified trial. The therapies are named,
     * or given by catalogue class ("Antiseizure medication": every therapy of that class the catalogue holds for the
     * condition), or both. With {@code countIntolerant}, a therapy stopped for intolerable side effects counts too
     * (the MG consensus: "unchanged or worse, or intolerable side effects"). A therapy merely proposed never counts.
     */
    record FailedTrials(
            String label, Set<String> therapies, Set<String> therapyClasses, int min, boolean countIntolerant)
            implements Criterion {
        public FailedTrials {
            therapies = Set.copyOf(therapies);
            therapyClasses = therapyClasses == null ? Set.of() : Set.copyOf(therapyClasses);
            if (therapies.isEmpty() && therapyClasses.isEmpty()) {
                throw new InvalidInputException("therapies", "Name at least one therapy or therapy class.");
            }
            if (min < 1) {
                throw new InvalidInputException("min", "The count must be at least 1.");
            }
        }

        public FailedTrials(String label, Set<String> therapies, int min) {
            this(label, therapies, Set.of(), min, false);
        }

        @Override
        public String describe() {
            List<String> kinds = new ArrayList<>(new TreeSet<>(therapies));
            new TreeSet<>(therapyClasses).forEach(c -> kinds.add("any " + c + " in the catalogue"));
            return "Adequate trials " + (countIntolerant ? "failed or not tolerated" : "failed") + " of at least " + min
                    + " of " + String.join(", ", kinds);
        }

        private boolean counts(EvaluationContext context, String therapy) {
            return therapies.contains(therapy)
                    || context.therapyClassOf(therapy)
                            .map(therapyClasses::contains)
                            .orElse(false);
        }

        @Override
        public Judgement judge(EvaluationContext context) {
            List<Line> lines = context.facts().lines().stream()
                    .filter(l -> counts(context, l.therapy()))
                    .filter(l -> !l.start().isAfter(context.facts().on()))
                    .toList();
            Set<String> failed = lines.stream()
                    .filter(l -> l.isFailedAdequateTrial()
                            || (countIntolerant && l.assessment() == TrialAssessment.INTOLERANT))
                    .map(l -> l.therapy() + (l.assessment() == TrialAssessment.INTOLERANT ? " (not tolerated)" : ""))
                    .collect(Collectors.toCollection(TreeSet::new));
            Set<String> failedCodes = lines.stream()
                    .filter(l -> l.isFailedAdequateTrial()
                            || (countIntolerant && l.assessment() == TrialAssessment.INTOLERANT))
                    .map(Line::therapy)
                    .collect(Collectors.toCollection(TreeSet::new));
            Set<String> open = lines.stream()
                    .filter(l -> l.assessment() == TrialAssessment.UNVERIFIED
                            || l.assessment() == TrialAssessment.ONGOING_UNJUDGED)
                    .map(Line::therapy)
                    .filter(t -> !failedCodes.contains(t))
                    .collect(Collectors.toCollection(TreeSet::new));
            String value = (failed.isEmpty()
                            ? "no failed adequate trial"
                            : failedCodes.size() + " failed: " + String.join(", ", failed))
                    + (open.isEmpty() ? "" : "; not yet judged or verified: " + String.join(", ", open));
            if (failedCodes.size() >= min) {
                return new Judgement(Verdict.MET, value);
            }
            return new Judgement(failedCodes.size() + open.size() >= min ? Verdict.MISSING : Verdict.UNMET, value);
        }
    }

    /** Adherence confirmed on a line of one of the therapies (any line when the set is empty). */
    record Adherence(String label, Set<String> therapies) implements Criterion {
        public Adherence {
            therapies = Set.copyOf(therapies);
        }

        @Override
        public String describe() {
            return "Adherence confirmed"
                    + (therapies.isEmpty() ? "" : " on " + String.join(", ", new TreeSet<>(therapies)));
        }

        @Override
        public Judgement judge(EvaluationContext context) {
            List<Line> lines = context.facts().linesOf(therapies);
            if (lines.stream().anyMatch(l -> Boolean.TRUE.equals(l.adherenceConfirmed()))) {
                return new Judgement(
                        Verdict.MET,
                        "confirmed on "
                                + lines.stream()
                                        .filter(l -> Boolean.TRUE.equals(l.adherenceConfirmed()))
                                        .map(Line::therapy)
                                        .distinct()
                                        .collect(Collectors.joining(", ")));
            }
            if (!lines.isEmpty() && lines.stream().allMatch(l -> Boolean.FALSE.equals(l.adherenceConfirmed()))) {
                return new Judgement(Verdict.UNMET, "adherence not confirmed");
            }
            return Judgement.missing(lines.isEmpty() ? "no such treatment line" : "adherence not assessed");
        }
    }

    /**
     * On one of the therapies now, or proposed for it (safety rules check proposals as if started). With
     * {@code endedWithinMonths}, a line that ended at most that many months ago still counts (emicizumab acts for
     * about 6 months after the last dose); with {@code startedWithinMonths}, only a line started at most that many
     * months ago counts (HLA-B*15:02 matters in the first 3 months of carbamazepine).
     */
    record OnTherapy(String label, Set<String> therapies, Integer startedWithinMonths, Integer endedWithinMonths)
            implements Criterion {
        public OnTherapy {
            therapies = Set.copyOf(therapies);
            if (therapies.isEmpty()) {
                throw new InvalidInputException("therapies", "Name at least one therapy.");
            }
            CriterionChecks.months(startedWithinMonths);
            CriterionChecks.months(endedWithinMonths);
        }

        public OnTherapy(String label, Set<String> therapies) {
            this(label, therapies, null, null);
        }

        @Override
        public String describe() {
            return "On or proposed for " + String.join(" or ", new TreeSet<>(therapies))
                    + (startedWithinMonths == null ? "" : ", started within " + startedWithinMonths + " months")
                    + (endedWithinMonths == null ? "" : ", or stopped within " + endedWithinMonths + " months");
        }

        @Override
        public Judgement judge(EvaluationContext context) {
            Set<String> on = therapies.stream()
                    .filter(t -> context.facts().isOnOrProposed(t, startedWithinMonths, endedWithinMonths))
                    .collect(Collectors.toCollection(TreeSet::new));
            return new Judgement(
                    Verdict.of(!on.isEmpty()),
                    on.isEmpty() ? "not on " + String.join(", ", new TreeSet<>(therapies)) : String.join(", ", on));
        }
    }

    /**
     * A recorded treatment line of one of the therapies has started by the day of the evaluation, whatever its outcome
     * ("after first-line chemoimmunotherapy", "has had polatuzumab vedotin"). A proposal never counts as received.
     */
    record Received(String label, Set<String> therapies) implements Criterion {
        public Received {
            therapies = Set.copyOf(therapies);
            if (therapies.isEmpty()) {
                throw new InvalidInputException("therapies", "Name at least one therapy.");
            }
        }

        @Override
        public String describe() {
            return "Has had " + String.join(" or ", new TreeSet<>(therapies));
        }

        @Override
        public Judgement judge(EvaluationContext context) {
            List<Line> had = context.facts().linesOf(therapies).stream()
                    .filter(l -> !l.start().isAfter(context.facts().on()))
                    .toList();
            return new Judgement(
                    Verdict.of(!had.isEmpty()),
                    had.isEmpty()
                            ? "no line of " + String.join(", ", new TreeSet<>(therapies))
                            : had.stream().map(Line::display).collect(Collectors.joining("; ")));
        }
    }

    /**
     * For every therapy of a set: not eligible by its own rule, or an adequate trial of it failed (dupilumab's NICE
     * criteria refer to the anti-IL-5 therapies this way).
     */
    record NotEligibleOrFailed(String label, Set<String> therapies) implements Criterion {
        public NotEligibleOrFailed {
            therapies = Set.copyOf(therapies);
            if (therapies.isEmpty()) {
                throw new InvalidInputException("therapies", "Name at least one therapy.");
            }
        }

        @Override
        public String describe() {
            return "Not eligible for, or failed an adequate trial of, " + String.join(", ", new TreeSet<>(therapies));
        }

        @Override
        public Judgement judge(EvaluationContext context) {
            List<Verdict> verdicts = new ArrayList<>();
            List<String> notes = new ArrayList<>();
            for (String therapy : new TreeSet<>(therapies)) {
                boolean failed =
                        context.facts().linesOf(Set.of(therapy)).stream().anyMatch(Line::isFailedAdequateTrial);
                if (failed) {
                    verdicts.add(Verdict.MET);
                    notes.add(therapy + ": failed");
                    continue;
                }
                Verdict eligible = context.eligibilityOf(therapy).orElse(Verdict.MISSING);
                verdicts.add(eligible.not());
                notes.add(therapy + ": "
                        + switch (eligible) {
                            case MET -> "eligible";
                            case UNMET -> "not eligible";
                            case MISSING -> "eligibility unknown";
                        });
            }
            return new Judgement(Verdict.allOf(verdicts), String.join("; ", notes));
        }
    }

    // ------------------------------------------------------------------------------------------------ patient

    /** Age in years (from the birth year) within inclusive limits; either limit may be open. */
    record Age(String label, Integer min, Integer max) implements Criterion {
        public Age {
            if (min == null && max == null) {
                throw new InvalidInputException("min", "Give a lower or an upper age limit.");
            }
            if (min != null && max != null && min > max) {
                throw new InvalidInputException("max", "The upper age limit must not be below the lower one.");
            }
        }

        @Override
        public String describe() {
            if (min != null && max != null) {
                return "Aged " + min + " to " + max;
            }
            return min != null ? "Aged " + min + " or over" : "Aged " + max + " or under";
        }

        @Override
        public Judgement judge(EvaluationContext context) {
            return context.facts()
                    .age()
                    .map(age -> new Judgement(
                            Verdict.of((min == null || age >= min) && (max == null || age <= max)),
                            "age " + age + " (born " + context.facts().birthYear() + ")"))
                    .orElseGet(() -> Judgement.missing("birth year unknown"));
        }
    }

    /** The patient's recorded sex is one of a set (F, M, X); unknown is missing data. */
    record SexIs(String label, Set<String> values) implements Criterion {
        public SexIs {
            values = Set.copyOf(values);
            if (values.isEmpty() || !Set.of("F", "M", "X").containsAll(values)) {
                throw new InvalidInputException("values", "Name the sexes as F, M or X.");
            }
        }

        @Override
        public String describe() {
            return "Sex recorded as " + String.join(" or ", new TreeSet<>(values));
        }

        @Override
        public Judgement judge(EvaluationContext context) {
            String sex = context.facts().sex();
            if (sex == null) {
                return Judgement.missing("sex not recorded");
            }
            return new Judgement(Verdict.of(values.contains(sex)), "sex " + sex);
        }
    }

    /**
     * The team's findings on resistance factors. With {@code everyFactor}, every listed factor must be recorded
     * with an accepted status (inhaler technique EXCLUDED or ADDRESSED); without it, only the recorded ones count
     * and at least one must be ("comorbidities checked and addressed"). A factor still SUSPECTED, or not recorded
     * when every factor is needed, is missing data; a recorded status that is not accepted is unmet.
     */
    record Findings(String label, Set<String> factors, Set<FindingStatus> accepted, boolean everyFactor)
            implements Criterion {
        public Findings {
            factors = Set.copyOf(factors);
            accepted = Set.copyOf(accepted);
            if (factors.isEmpty()) {
                throw new InvalidInputException("factors", "Name at least one resistance factor.");
            }
            if (accepted.isEmpty()) {
                throw new InvalidInputException("accepted", "Name at least one accepted status.");
            }
        }

        @Override
        public String describe() {
            return (everyFactor ? "" : "Those recorded of ") + String.join(", ", new TreeSet<>(factors))
                    + " assessed as "
                    + accepted.stream()
                            .map(Enum::name)
                            .sorted()
                            .map(String::toLowerCase)
                            .collect(Collectors.joining(" or "));
        }

        @Override
        public Judgement judge(EvaluationContext context) {
            List<Verdict> verdicts = new ArrayList<>();
            List<String> notes = new ArrayList<>();
            for (String factor : new TreeSet<>(factors)) {
                FindingStatus status = context.facts().findings().get(factor);
                if (status == null) {
                    if (everyFactor) {
                        verdicts.add(Verdict.MISSING);
                        notes.add(factor + " not assessed");
                    }
                    continue;
                }
                notes.add(factor + " " + status.name().toLowerCase());
                if (accepted.contains(status)) {
                    verdicts.add(Verdict.MET);
                } else {
                    verdicts.add(status == FindingStatus.SUSPECTED ? Verdict.MISSING : Verdict.UNMET);
                }
            }
            if (verdicts.isEmpty()) {
                return Judgement.missing("none of " + String.join(", ", new TreeSet<>(factors)) + " assessed");
            }
            return new Judgement(Verdict.allOf(verdicts), String.join("; ", notes));
        }
    }
}
