package org.refract.domain.decision;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * The current versions of all rules, and the evaluation of a case against them. Immutable: an admin edit builds a
 * new book.
 */
public final class RuleBook {

    /** A therapy of the case's condition, in catalogue order, with its catalogue class (may be null). */
    public record TherapyRef(String code, String name, String therapyClass) {}

    /**
     * A registered clinical trial as the assessment needs it.
     *
     * @param ruleCode the code of its eligibility rule (kind {@link RuleKind#TRIAL})
     */
    public record TrialRef(
            String registryId, String title, String condition, TrialStatus status, String link, String ruleCode)
            implements java.io.Serializable {}

    private final List<RuleSpec> rules;
    private final List<TrialRef> trials;
    private final String version;

    public RuleBook(List<RuleSpec> rules) {
        this(rules, List.of());
    }

    public RuleBook(List<RuleSpec> rules, List<TrialRef> trials) {
        this.rules = List.copyOf(rules);
        this.trials = List.copyOf(trials);
        this.version = fingerprint(Stream.concat(
                this.rules.stream().map(r -> r.code() + ":" + r.version()),
                this.trials.stream().map(TrialRef::toString)));
    }

    private static String fingerprint(Stream<String> parts) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            parts.sorted().forEach(part -> sha.update((part + "\n").getBytes(StandardCharsets.UTF_8)));
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException missing) {
            throw new IllegalStateException("Every Java runtime has SHA-256", missing);
        }
    }

    /**
     * Which rule versions and trials this book holds: two books read from the same rules, on any node, have the same
     * version, and any edit of a rule (a new rule version, a rule switched on or off) or of a trial changes it.
     */
    public String version() {
        return version;
    }

    /** This book with {@code rule} in place of the rule of the same code (a draft being previewed). */
    public RuleBook replacing(RuleSpec rule) {
        List<RuleSpec> replaced = new ArrayList<>(
                rules.stream().filter(r -> !r.code().equals(rule.code())).toList());
        replaced.add(rule);
        return new RuleBook(replaced, trials);
    }

    public List<TrialRef> trials() {
        return trials;
    }

    public List<RuleSpec> rules() {
        return rules;
    }

    public Optional<RuleSpec> refractory(String condition) {
        return rules.stream()
                .filter(r -> r.kind() == RuleKind.REFRACTORY_DEFINITION && condition.equals(r.condition()))
                .findFirst();
    }

    /**
     * The condition's remission-on-treatment rule. A rule tied to a therapy (ITI success) applies only to a case that
     * has had that therapy.
     */
    public Optional<RuleSpec> remission(String condition, CaseFacts facts) {
        return rules.stream()
                .filter(r -> r.kind() == RuleKind.REMISSION && condition.equals(r.condition()))
                .filter(r -> r.therapy() == null
                        || facts.lines().stream().anyMatch(l -> l.therapy().equals(r.therapy())))
                .findFirst();
    }

    /** The case against its condition's remission definition, if the condition has one that applies. */
    public Optional<RuleOutcome> assessRemission(CaseFacts facts, String condition) {
        return remission(condition, facts)
                .map(rule -> evaluate(rule, facts, null, therapy -> Optional.empty(), Map.of()));
    }

    /** The eligibility rule of a therapy for a condition; a rule without a condition applies to all. */
    public Optional<RuleSpec> eligibility(String therapy, String condition) {
        return specific(RuleKind.THERAPY_ELIGIBILITY, therapy, condition);
    }

    public Optional<RuleSpec> response(String therapy, String condition) {
        return specific(RuleKind.RESPONSE, therapy, condition);
    }

    private Optional<RuleSpec> specific(RuleKind kind, String therapy, String condition) {
        List<RuleSpec> candidates = rules.stream()
                .filter(r -> r.kind() == kind && therapy.equals(r.therapy()) && r.appliesTo(condition))
                .toList();
        return candidates.stream()
                .filter(r -> r.condition() != null)
                .findFirst()
                .or(() -> candidates.stream().findFirst());
    }

    /** Therapies that have a response rule with a review interval. */
    public Set<String> reviewedTherapies() {
        return rules.stream()
                .filter(r -> r.kind() == RuleKind.RESPONSE && r.reviewAfterWeeks() != null)
                .map(RuleSpec::therapy)
                .filter(java.util.Objects::nonNull)
                .collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    /** Measurement codes that response rules look at. */
    public Set<String> responseMeasurements() {
        return rules.stream()
                .filter(r -> r.kind() == RuleKind.RESPONSE)
                .flatMap(r -> CriteriaJson.leaves(r.criteria()).stream())
                .map(RuleBook::measurementCode)
                .filter(java.util.Objects::nonNull)
                .collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    private static String measurementCode(Criterion leaf) {
        if (leaf instanceof Criterion.Measure m) {
            return m.code();
        }
        if (leaf instanceof Criterion.Range r) {
            return r.code();
        }
        if (leaf instanceof Criterion.ValueIn v) {
            return v.code();
        }
        if (leaf instanceof Criterion.TestResult t) {
            return t.code();
        }
        if (leaf instanceof Criterion.Recorded r) {
            return r.code();
        }
        return leaf instanceof Criterion.Change c ? c.code() : null;
    }

    /**
     * One rule evaluated for a case in the context of this book (other therapies' eligibility from its rules): a
     * response rule against the start of the ongoing line of its therapy, every other rule on the facts' day. Empty
     * when the rule does not apply (another condition, or no ongoing line for a response rule).
     */
    public Optional<RuleOutcome> outcome(RuleSpec rule, CaseFacts facts, String condition, List<TherapyRef> therapies) {
        if (!rule.appliesTo(condition)) {
            return Optional.empty();
        }
        if (rule.kind() == RuleKind.RESPONSE) {
            return facts.lines().stream()
                    .filter(l -> l.therapy().equals(rule.therapy()) && l.isOngoingOn(facts.on()))
                    .findFirst()
                    .map(line -> evaluateResponse(rule, facts, line.start()));
        }
        Map<String, String> classes = classesOf(therapies);
        return Optional.of(evaluate(rule, facts, null, eligibilityOf(facts, condition, classes), classes));
    }

    /** Evaluates a case of {@code condition} on the facts' day. */
    public Assessment assess(CaseFacts facts, String condition, List<TherapyRef> therapies) {
        Map<String, String> classes = classesOf(therapies);
        Function<String, Optional<Verdict>> eligibility = eligibilityOf(facts, condition, classes);
        Optional<RuleOutcome> refractory =
                refractory(condition).map(r -> evaluate(r, facts, null, eligibility, classes));
        List<Assessment.TherapyOption> options = therapies.stream()
                .map(t -> new Assessment.TherapyOption(
                        t.code(),
                        t.name(),
                        eligibility(t.code(), condition)
                                .map(r -> evaluate(r, facts, null, eligibility, classes))
                                .orElse(null)))
                .toList();
        List<Assessment.Alert> alerts = new ArrayList<>();
        rules.stream()
                .filter(r -> r.kind() == RuleKind.SAFETY && r.appliesTo(condition))
                .forEach(rule -> {
                    if (evaluate(rule, facts, null, eligibility, classes).verdict() == Verdict.MET) {
                        alerts.add(new Assessment.Alert(
                                rule.severity() == null ? AlertSeverity.WARNING : rule.severity(),
                                rule.alertText() == null ? rule.name() : rule.alertText(),
                                rule.source(),
                                rule.code(),
                                rule.version()));
                    }
                });
        return new Assessment(
                facts.on(),
                refractory.orElse(null),
                options,
                List.copyOf(alerts),
                responseReviews(facts, condition, eligibility, classes),
                trials(facts, condition, eligibility, classes));
    }

    /**
     * The response reviews of the case's running lines, as {@link #assess} finds them, without the rest of the
     * assessment (the case page's header shows the due ones on every tab).
     */
    public List<Assessment.ResponseReview> responseReviews(
            CaseFacts facts, String condition, List<TherapyRef> therapies) {
        Map<String, String> classes = classesOf(therapies);
        return responseReviews(facts, condition, eligibilityOf(facts, condition, classes), classes);
    }

    private List<Assessment.ResponseReview> responseReviews(
            CaseFacts facts,
            String condition,
            Function<String, Optional<Verdict>> eligibility,
            Map<String, String> classes) {
        List<Assessment.ResponseReview> reviews = new ArrayList<>();
        facts.lines().stream()
                .filter(l -> l.isOngoingOn(facts.on()))
                .forEach(line -> response(line.therapy(), condition)
                        .filter(r -> r.reviewAfterWeeks() != null)
                        .ifPresent(rule -> {
                            LocalDate dueOn = line.start().plusWeeks(rule.reviewAfterWeeks());
                            reviews.add(new Assessment.ResponseReview(
                                    line.therapy(),
                                    line.start(),
                                    dueOn,
                                    !facts.on().isBefore(dueOn),
                                    evaluate(rule, facts, line.start(), eligibility, classes)));
                        }));
        return List.copyOf(reviews);
    }

    /**
     * The open trials of the condition with the case against each one's eligibility: those it may fit first, then
     * those missing data, then the others; by registry identifier within each.
     */
    private List<Assessment.TrialMatch> trials(
            CaseFacts facts,
            String condition,
            Function<String, Optional<Verdict>> eligibility,
            Map<String, String> classes) {
        List<Assessment.TrialMatch> matches = new ArrayList<>();
        for (TrialRef trial : trials) {
            if (!trial.status().isOpen() || !condition.equals(trial.condition())) {
                continue;
            }
            rules.stream()
                    .filter(r -> r.kind() == RuleKind.TRIAL && r.code().equals(trial.ruleCode()))
                    .findFirst()
                    .ifPresent(rule -> matches.add(new Assessment.TrialMatch(
                            trial.registryId(),
                            trial.title(),
                            trial.status(),
                            trial.link(),
                            evaluate(rule, facts, null, eligibility, classes))));
        }
        List<Verdict> order = List.of(Verdict.MET, Verdict.MISSING, Verdict.UNMET);
        matches.sort(java.util.Comparator.comparing((Assessment.TrialMatch m) ->
                        order.indexOf(m.eligibility().verdict()))
                .thenComparing(Assessment.TrialMatch::registryId));
        return List.copyOf(matches);
    }

    private static Map<String, String> classesOf(List<TherapyRef> therapies) {
        Map<String, String> classes = new java.util.HashMap<>();
        therapies.stream().filter(t -> t.therapyClass() != null).forEach(t -> classes.put(t.code(), t.therapyClass()));
        return classes;
    }

    /** The eligibility of other therapies as rules ask for it, each evaluated once per case, cycles deciding nothing. */
    private Function<String, Optional<Verdict>> eligibilityOf(
            CaseFacts facts, String condition, Map<String, String> classes) {
        Map<String, Verdict> eligibilityCache = new java.util.HashMap<>();
        return new Function<>() {
            private final Set<String> inProgress = new HashSet<>();

            @Override
            public Optional<Verdict> apply(String therapy) {
                if (eligibilityCache.containsKey(therapy)) {
                    return Optional.of(eligibilityCache.get(therapy));
                }
                if (!inProgress.add(therapy)) {
                    return Optional.of(Verdict.MISSING); // a cycle between rules decides nothing
                }
                try {
                    Optional<Verdict> verdict = eligibility(therapy, condition)
                            .map(rule ->
                                    rule.criteria().evaluate(new EvaluationContext(facts, null, this, classes), 0));
                    verdict.ifPresent(v -> eligibilityCache.put(therapy, v));
                    return verdict;
                } finally {
                    inProgress.remove(therapy);
                }
            }
        };
    }

    /**
     * The earliest response review date among ongoing lines, from (therapy, start) pairs alone: the worklist's
     * review-due marker, without loading measurements.
     */
    public Optional<LocalDate> firstReviewDate(String condition, List<CaseFacts.Line> ongoingLines) {
        return ongoingLines.stream()
                .flatMap(line -> response(line.therapy(), condition)
                        .filter(r -> r.reviewAfterWeeks() != null)
                        .map(r -> line.start().plusWeeks(r.reviewAfterWeeks()))
                        .stream())
                .min(LocalDate::compareTo);
    }

    /** A response rule evaluated against the start of the line it judges (no other rule is consulted). */
    public static RuleOutcome evaluateResponse(RuleSpec rule, CaseFacts facts, LocalDate therapyStart) {
        return evaluate(rule, facts, therapyStart, therapy -> Optional.empty(), Map.of());
    }

    private static RuleOutcome evaluate(
            RuleSpec rule,
            CaseFacts facts,
            LocalDate therapyStart,
            Function<String, Optional<Verdict>> eligibility,
            Map<String, String> classes) {
        EvaluationContext context = new EvaluationContext(facts, therapyStart, eligibility, classes);
        Verdict verdict = rule.criteria().evaluate(context, 0);
        return new RuleOutcome(rule, verdict, context.explanation());
    }
}
