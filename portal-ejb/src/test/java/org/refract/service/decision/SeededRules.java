package org.refract.service.decision;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.flywaydb.core.Flyway;
import org.refract.domain.decision.AlertSeverity;
import org.refract.domain.decision.Assessment;
import org.refract.domain.decision.CriteriaJson;
import org.refract.domain.decision.Criterion;
import org.refract.domain.decision.RuleBook;
import org.refract.domain.decision.RuleKind;
import org.refract.domain.decision.RuleSpec;
import org.refract.domain.decision.Verdict;
import org.refract.domain.decision.Vignette;
import org.refract.domain.decision.Vignettes;

/**
 * The rules exactly as Flyway seeds them (every migration, on H2), the catalogue's therapies per condition, each
 * rule's version history, and what every vignette says for every rule. Read once per test JVM.
 */
final class SeededRules {

    /** One version of a rule as the history shows it. */
    record VersionRow(int number, LocalDate effectiveFrom, String source, String changeNote) {}

    private static SeededRules instance;

    final RuleBook book;
    final Map<String, List<RuleBook.TherapyRef>> therapies;
    final Map<String, List<VersionRow>> history;
    /** Condition code to name, in catalogue order. */
    final Map<String, String> conditions;

    private SeededRules(
            RuleBook book,
            Map<String, List<RuleBook.TherapyRef>> therapies,
            Map<String, List<VersionRow>> history,
            Map<String, String> conditions) {
        this.book = book;
        this.therapies = therapies;
        this.history = history;
        this.conditions = conditions;
    }

    static synchronized SeededRules load() {
        if (instance == null) {
            try {
                instance = read();
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }
        return instance;
    }

    private static SeededRules read() throws SQLException {
        String url = "jdbc:h2:mem:seededrules;DB_CLOSE_DELAY=-1";
        Flyway.configure()
                .dataSource(url, "sa", "")
                .locations("classpath:db/migration")
                .load()
                .migrate();
        try (Connection connection = DriverManager.getConnection(url, "sa", "")) {
            List<RuleSpec> rules = new ArrayList<>();
            try (ResultSet rs = connection.createStatement().executeQuery("""
                    select r.code, r.kind, r.condition_code, r.therapy_code, v.name, v.source, v.article_slug, v.number,
                           v.effective_from, v.criteria, v.review_after_weeks, v.severity, v.alert_text, v.investigational
                    from decision_rule r join decision_rule_version v on v.rule_id = r.id and v.number = r.current_number
                    where r.active = true order by r.code""")) {
                while (rs.next()) {
                    rules.add(new RuleSpec(
                            rs.getString(1),
                            RuleKind.valueOf(rs.getString(2)),
                            rs.getString(3),
                            rs.getString(4),
                            rs.getString(5),
                            rs.getString(6),
                            rs.getString(7),
                            rs.getInt(8),
                            rs.getDate(9).toLocalDate(),
                            CriteriaJson.read(rs.getString(10)),
                            (Integer) rs.getObject(11),
                            rs.getString(12) == null ? null : AlertSeverity.valueOf(rs.getString(12)),
                            rs.getString(13),
                            rs.getBoolean(14)));
                }
            }
            Map<String, List<RuleBook.TherapyRef>> therapies = new TreeMap<>();
            try (ResultSet rs = connection.createStatement().executeQuery("""
                    select c.code, t.code, t.name, t.therapy_class from therapy t
                    join therapy_condition tc on tc.therapy_id = t.id
                    join clinical_condition c on c.id = tc.condition_id order by c.code, t.display_order""")) {
                while (rs.next()) {
                    therapies
                            .computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                            .add(new RuleBook.TherapyRef(rs.getString(2), rs.getString(3), rs.getString(4)));
                }
            }
            Map<String, List<VersionRow>> history = new TreeMap<>();
            try (ResultSet rs = connection.createStatement().executeQuery("""
                    select r.code, v.number, v.effective_from, v.source, v.change_note
                    from decision_rule r join decision_rule_version v on v.rule_id = r.id
                    order by r.code, v.number""")) {
                while (rs.next()) {
                    history.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                            .add(new VersionRow(
                                    rs.getInt(2), rs.getDate(3).toLocalDate(), rs.getString(4), rs.getString(5)));
                }
            }
            Map<String, String> conditions = new LinkedHashMap<>();
            try (ResultSet rs = connection
                    .createStatement()
                    .executeQuery("select code, name from clinical_condition order by display_order, code")) {
                while (rs.next()) {
                    conditions.put(rs.getString(1), rs.getString(2));
                }
            }
            return new SeededRules(new RuleBook(rules), therapies, history, conditions);
        }
    }

    Assessment assess(Vignette vignette) {
        return book.assess(
                vignette.facts(), vignette.condition(), therapies.getOrDefault(vignette.condition(), List.of()));
    }

    Assessment assess(String key) {
        return assess(Vignettes.byKey(key).orElseThrow(() -> new AssertionError("no vignette " + key)));
    }

    /**
     * What a vignette says for a rule: its verdict when the rule applies to the vignette (a safety rule: MET when
     * it raises its alert, UNMET otherwise; a response rule: for an ongoing line of its therapy), empty when the
     * rule does not apply to it.
     */
    Optional<Verdict> verdict(RuleSpec rule, Vignette vignette) {
        if (!rule.appliesTo(vignette.condition())) {
            return Optional.empty();
        }
        Assessment assessment = assess(vignette);
        return switch (rule.kind()) {
            case REFRACTORY_DEFINITION ->
                assessment
                        .refractory()
                        .filter(o -> o.rule().code().equals(rule.code()))
                        .map(o -> o.verdict());
            case THERAPY_ELIGIBILITY ->
                assessment.options().stream()
                        .flatMap(o -> o.outcome().stream())
                        .filter(o -> o.rule().code().equals(rule.code()))
                        .map(o -> o.verdict())
                        .findFirst();
            case RESPONSE ->
                assessment.reviews().stream()
                        .map(Assessment.ResponseReview::outcome)
                        .filter(o -> o.rule().code().equals(rule.code()))
                        .map(o -> o.verdict())
                        .findFirst();
            case SAFETY ->
                involves(rule, vignette)
                        ? Optional.of(
                                assessment.alerts().stream()
                                                .anyMatch(a -> a.ruleCode().equals(rule.code()))
                                        ? Verdict.MET
                                        : Verdict.UNMET)
                        : Optional.empty();
            case REMISSION ->
                book.assessRemission(vignette.facts(), vignette.condition())
                        .filter(o -> o.rule().code().equals(rule.code()))
                        .map(o -> o.verdict());
            case TRIAL ->
                book.outcome(
                                rule,
                                vignette.facts(),
                                vignette.condition(),
                                therapies.getOrDefault(vignette.condition(), List.of()))
                        .map(o -> o.verdict());
        };
    }

    /**
     * Whether a vignette has (or is proposed) a therapy a safety rule is about; a safety rule that names no therapy
     * concerns every vignette. Only those count as "not meeting" it: a case without the drug says nothing.
     */
    private static boolean involves(RuleSpec rule, Vignette vignette) {
        Set<String> therapies = CriteriaJson.leaves(rule.criteria()).stream()
                .filter(Criterion.OnTherapy.class::isInstance)
                .flatMap(c -> ((Criterion.OnTherapy) c).therapies().stream())
                .collect(Collectors.toSet());
        return therapies.isEmpty()
                || vignette.facts().proposedTherapies().stream().anyMatch(therapies::contains)
                || vignette.facts().lines().stream().anyMatch(l -> therapies.contains(l.therapy()));
    }

    /** The vignettes of a rule by verdict, in vignette order. */
    Map<Verdict, List<String>> vignettesOf(RuleSpec rule) {
        Map<Verdict, List<String>> byVerdict = new EnumMap<>(Verdict.class);
        for (Vignette vignette : Vignettes.all()) {
            verdict(rule, vignette)
                    .ifPresent(v ->
                            byVerdict.computeIfAbsent(v, k -> new ArrayList<>()).add(vignette.key()));
        }
        return byVerdict;
    }

    /** Every seeded rule's vignettes by verdict, by rule code. */
    Map<String, Map<Verdict, List<String>>> coverage() {
        Map<String, Map<Verdict, List<String>>> all = new LinkedHashMap<>();
        book.rules().forEach(r -> all.put(r.code(), vignettesOf(r)));
        return Collections.unmodifiableMap(all);
    }
}
