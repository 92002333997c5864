package org.refract.service.decision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.refract.domain.decision.AlertSeverity;
import org.refract.domain.decision.Assessment;
import org.refract.domain.decision.CriteriaJson;
import org.refract.domain.decision.RuleBook;
import org.refract.domain.decision.RuleKind;
import org.refract.domain.decision.RuleSpec;
import org.refract.domain.decision.Vignette;
import org.refract.domain.decision.Vignettes;

/**
 * The written vignettes against the rules exactly as Flyway seeds them (V5, V6), with the answers the cited
 * guidelines give. A threshold changed in the seed, or an evaluation change, shows up here.
 */
class SeededRulesTest {

    private static Connection connection;
    private static RuleBook book;
    private static final Map<String, List<RuleBook.TherapyRef>> THERAPIES = new TreeMap<>();

    @BeforeAll
    static void migrate() throws SQLException {
        String url = "jdbc:h2:mem:seededrules;DB_CLOSE_DELAY=-1";
        Flyway.configure()
                .dataSource(url, "sa", "")
                .locations("classpath:db/migration")
                .load()
                .migrate();
        connection = DriverManager.getConnection(url, "sa", "");
        List<RuleSpec> rules = new ArrayList<>();
        try (ResultSet rs = connection.createStatement().executeQuery("""
                select r.code, r.kind, r.condition_code, r.therapy_code, v.name, v.source, v.article_slug, v.number,
                       v.effective_from, v.criteria, v.review_after_weeks, v.severity, v.alert_text
                from decision_rule r join decision_rule_version v on v.rule_id = r.id and v.number = r.current_number
                order by r.code""")) {
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
                        rs.getString(13)));
            }
        }
        book = new RuleBook(rules);
        try (ResultSet rs = connection.createStatement().executeQuery("""
                select c.code, t.code, t.name from therapy t join therapy_condition tc on tc.therapy_id = t.id
                join clinical_condition c on c.id = tc.condition_id order by c.code, t.display_order""")) {
            while (rs.next()) {
                THERAPIES
                        .computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                        .add(new RuleBook.TherapyRef(rs.getString(2), rs.getString(3)));
            }
        }
    }

    @AfterAll
    static void close() throws SQLException {
        connection.close();
    }

    private static Assessment assess(String key) {
        Vignette vignette = Vignettes.byKey(key).orElseThrow();
        return book.assess(vignette.facts(), vignette.condition(), THERAPIES.get(vignette.condition()));
    }

    static Stream<Arguments> refractory() {
        return Stream.of(
                Arguments.of("asthma-eosinophilic", "MET"),
                Arguments.of("asthma-eos-boundary-300", "MET"),
                Arguments.of("asthma-eos-299", "MET"),
                Arguments.of("asthma-poor-technique", "NOT_MET"),
                Arguments.of("asthma-adherence-unknown", "INSUFFICIENT_DATA"),
                Arguments.of("asthma-controlled", "NOT_MET"),
                Arguments.of("asthma-ocs-dependent", "MET"),
                Arguments.of("asthma-no-biomarkers", "INSUFFICIENT_DATA"),
                Arguments.of("mg-musk-refractory", "MET"),
                Arguments.of("mg-achr-one-ist", "INSUFFICIENT_DATA"),
                Arguments.of("mg-achr-adl-boundary", "MET"),
                Arguments.of("mg-ocular", "NOT_MET"),
                Arguments.of("mg-no-serology", "NOT_MET"),
                Arguments.of("haem-a-high-responder", "MET"),
                Arguments.of("haem-a-boundary-0.6", "MET"),
                Arguments.of("haem-a-gene-therapy", "NOT_MET"),
                Arguments.of("haem-b-no-titre", "INSUFFICIENT_DATA"),
                Arguments.of("epi-two-failed", "MET"),
                Arguments.of("epi-one-failed", "INSUFFICIENT_DATA"),
                Arguments.of("epi-seizure-free", "NOT_MET"),
                Arguments.of("epi-hla-carbamazepine", "INSUFFICIENT_DATA"));
    }

    @ParameterizedTest(name = "{0}: refractory {1}")
    @MethodSource
    void refractory(String vignette, String expected) {
        assertEquals(expected, assess(vignette).refractory().orElseThrow().refractoryStatus(), () -> explain(vignette));
    }

    static Stream<Arguments> eligibility() {
        return Stream.of(
                Arguments.of("asthma-eosinophilic", "mepolizumab", "ELIGIBLE"),
                Arguments.of("asthma-eosinophilic", "reslizumab", "ELIGIBLE"),
                Arguments.of("asthma-eosinophilic", "dupilumab", "NOT_ELIGIBLE"),
                Arguments.of("asthma-eosinophilic", "omalizumab", "NOT_ELIGIBLE"),
                Arguments.of("asthma-eosinophilic", "tezepelumab", "ELIGIBLE"),
                Arguments.of("asthma-eos-boundary-300", "mepolizumab", "ELIGIBLE"),
                Arguments.of("asthma-eos-boundary-300", "reslizumab", "NOT_ELIGIBLE"),
                Arguments.of("asthma-eos-299", "mepolizumab", "NOT_ELIGIBLE"),
                Arguments.of("asthma-eos-299", "benralizumab", "NOT_ELIGIBLE"),
                Arguments.of("asthma-ocs-dependent", "mepolizumab", "ELIGIBLE"),
                Arguments.of("asthma-ocs-dependent", "benralizumab", "ELIGIBLE"),
                Arguments.of("asthma-ocs-dependent", "reslizumab", "NOT_ELIGIBLE"),
                Arguments.of("asthma-type2-after-mepolizumab", "dupilumab", "ELIGIBLE"),
                Arguments.of("asthma-type2-after-mepolizumab", "mepolizumab", "NOT_ELIGIBLE"),
                Arguments.of("asthma-no-biomarkers", "mepolizumab", "INSUFFICIENT_DATA"),
                Arguments.of("asthma-no-biomarkers", "tezepelumab", "ELIGIBLE"),
                Arguments.of("asthma-teenager", "mepolizumab", "NOT_ELIGIBLE"),
                Arguments.of("asthma-teenager", "dupilumab", "ELIGIBLE"),
                Arguments.of("asthma-controlled", "mepolizumab", "NOT_ELIGIBLE"),
                Arguments.of("mg-musk-refractory", "rituximab", "ELIGIBLE"),
                Arguments.of("mg-musk-refractory", "eculizumab", "NOT_ELIGIBLE"),
                Arguments.of("mg-achr-one-ist", "eculizumab", "ELIGIBLE"),
                Arguments.of("mg-achr-one-ist", "rituximab", "INSUFFICIENT_DATA"),
                Arguments.of("mg-achr-adl-boundary", "efgartigimod", "ELIGIBLE"),
                Arguments.of("mg-achr-adl-boundary", "eculizumab", "NOT_ELIGIBLE"),
                Arguments.of("mg-achr-adl-boundary", "thymectomy", "ELIGIBLE"),
                Arguments.of("mg-ocular", "efgartigimod", "NOT_ELIGIBLE"),
                Arguments.of("mg-no-serology", "efgartigimod", "INSUFFICIENT_DATA"),
                Arguments.of("mg-older-thymectomy", "thymectomy", "NOT_ELIGIBLE"),
                Arguments.of("mg-older-thymectomy", "efgartigimod", "ELIGIBLE"),
                Arguments.of("haem-a-high-responder", "iti", "ELIGIBLE"),
                Arguments.of("haem-a-high-responder", "valoctocogene-roxaparvovec", "NOT_ELIGIBLE"),
                Arguments.of("haem-a-high-responder", "rfviia", "ELIGIBLE"),
                Arguments.of("haem-a-boundary-0.6", "iti", "INSUFFICIENT_DATA"),
                Arguments.of("haem-a-gene-therapy", "valoctocogene-roxaparvovec", "ELIGIBLE"),
                Arguments.of("haem-a-gene-therapy", "emicizumab", "ELIGIBLE"),
                Arguments.of("haem-a-gene-therapy", "iti", "NOT_ELIGIBLE"),
                Arguments.of("haem-b-no-titre", "iti", "INSUFFICIENT_DATA"),
                Arguments.of("epi-two-failed", "cenobamate", "ELIGIBLE"),
                Arguments.of("epi-two-failed", "epilepsy-surgery", "ELIGIBLE"),
                Arguments.of("epi-seizure-free", "epilepsy-surgery", "NOT_ELIGIBLE"));
    }

    @ParameterizedTest(name = "{0}: {1} {2}")
    @MethodSource
    void eligibility(String vignette, String therapy, String expected) {
        Assessment assessment = assess(vignette);
        Assessment.TherapyOption option = assessment.options().stream()
                .filter(o -> o.therapy().equals(therapy))
                .findFirst()
                .orElseThrow(() -> new AssertionError(therapy + " is not an option of " + vignette));
        assertEquals(expected, option.status(), () -> explain(vignette));
    }

    @Test
    void everyTherapyOfTheConditionIsAnOption() {
        Assessment assessment = assess("haem-b-no-titre");
        assertEquals(
                List.of("fix-concentrate", "iti", "apcc", "rfviia"),
                assessment.options().stream()
                        .map(Assessment.TherapyOption::therapy)
                        .toList());
        assertTrue(assessment.options().get(0).outcome().isEmpty(), "no criteria are recorded for factor IX");
        assertEquals("INSUFFICIENT_DATA", assessment.options().get(0).status());
    }

    @Test
    void missingMeasurementsAreNamed() {
        var refractory = assess("haem-b-no-titre").refractory().orElseThrow();
        assertEquals("no inhibitor-bu recorded", refractory.missing().get(0).value());
        var mepolizumab = assess("asthma-no-biomarkers").options().stream()
                .filter(o -> o.therapy().equals("mepolizumab"))
                .findFirst()
                .orElseThrow()
                .outcome()
                .orElseThrow();
        assertTrue(
                mepolizumab.missing().stream().anyMatch(c -> c.value().equals("no blood-eos in the last 12 months")),
                () -> mepolizumab.missing().toString());
    }

    @Test
    void theValueUsedIsShown() {
        var mepolizumab = assess("asthma-eos-boundary-300").options().stream()
                .filter(o -> o.therapy().equals("mepolizumab"))
                .findFirst()
                .orElseThrow()
                .outcome()
                .orElseThrow();
        assertTrue(
                mepolizumab.criteria().stream().anyMatch(c -> c.value().equals("blood-eos 300 cells/uL on 2026-10-01")),
                () -> mepolizumab.criteria().toString());
        assertEquals("NICE TA671 (2021)", mepolizumab.rule().source());
        assertEquals(1, mepolizumab.rule().version());
    }

    @Test
    void emicizumabWithApccRaisesADangerAlert() {
        List<Assessment.Alert> alerts = assess("haem-a-emicizumab-apcc").alerts();
        assertEquals(1, alerts.size());
        assertEquals(AlertSeverity.DANGER, alerts.get(0).severity());
        assertTrue(alerts.get(0).text().contains("thrombotic microangiopathy"));
        assertTrue(assess("haem-a-high-responder").alerts().isEmpty());
    }

    @Test
    void aProposedTherapyIsCheckedByTheSafetyRules() {
        Vignette vignette = Vignettes.byKey("haem-a-gene-therapy").orElseThrow();
        Assessment proposed = book.assess(
                vignette.facts().withProposed(java.util.Set.of("apcc")),
                vignette.condition(),
                THERAPIES.get(vignette.condition()));
        assertEquals(1, proposed.alerts().size(), "emicizumab now and aPCC proposed");
    }

    @Test
    void carbamazepineWithAConfirmedRiskAlleleRaisesAnAlert() {
        assertEquals(
                "safety:carbamazepine-hla",
                assess("epi-hla-carbamazepine").alerts().get(0).ruleCode());
        assertTrue(assess("epi-two-failed").alerts().isEmpty(), "carbamazepine without a known HLA risk");
    }

    @Test
    void responseReviewIsDueAfterTheRuleInterval() {
        Assessment mepolizumab = assess("asthma-mepolizumab-review");
        Assessment.ResponseReview review = mepolizumab.reviews().stream()
                .filter(r -> r.therapy().equals("mepolizumab"))
                .findFirst()
                .orElseThrow();
        assertTrue(review.due());
        assertEquals(review.start().plusWeeks(52), review.dueOn());
        assertEquals("MET", review.outcome().refractoryStatus(), "exacerbations fell from 6 to 2 (−66.7 %)");

        Assessment efgartigimod = assess("mg-efgartigimod-review");
        Assessment.ResponseReview adl = efgartigimod.reviews().get(0);
        assertTrue(adl.due(), "reviewed after 4 weeks");
        assertEquals("NOT_MET", adl.outcome().refractoryStatus(), "MG-ADL improved by 1 point only");
    }

    @Test
    void aReviewIsNotDueBeforeItsDate() {
        Optional<Assessment.ResponseReview> review =
                assess("haem-a-gene-therapy").reviews().stream().findFirst();
        assertFalse(review.isPresent(), "no response rule for emicizumab");
        assertFalse(assess("mg-achr-one-ist").reviews().stream().anyMatch(Assessment.ResponseReview::due));
    }

    @Test
    void everySeededRuleHasASourceAndSurvivesAJsonRoundTrip() {
        for (RuleSpec rule : book.rules()) {
            assertFalse(rule.source() == null || rule.source().isBlank(), rule.code());
            String json = CriteriaJson.write(rule.criteria());
            assertEquals(json, CriteriaJson.write(CriteriaJson.read(json)), rule.code());
        }
        assertTrue(book.rules().size() >= 30);
    }

    @Test
    void thereAreAtLeastTwentyVignettesAcrossTheFourConditions() {
        assertTrue(Vignettes.all().size() >= 20);
        for (String condition : List.of("severe-asthma", "myasthenia-gravis", "haemophilia-a", "epilepsy")) {
            assertTrue(Vignettes.of(condition).size() >= 3, condition);
        }
    }

    private static String explain(String key) {
        Assessment assessment = assess(key);
        StringBuilder text = new StringBuilder(key).append('\n');
        assessment
                .refractory()
                .ifPresent(r -> r.criteria()
                        .forEach(c -> text.append("  ".repeat(c.depth() + 1))
                                .append(c.text())
                                .append(": ")
                                .append(c.result())
                                .append(" (")
                                .append(c.value())
                                .append(")\n")));
        assessment.options().forEach(o -> {
            text.append(" ").append(o.therapy()).append(' ').append(o.status()).append('\n');
            o.outcome()
                    .ifPresent(r -> r.criteria()
                            .forEach(c -> text.append("  ".repeat(c.depth() + 2))
                                    .append(c.text())
                                    .append(": ")
                                    .append(c.result())
                                    .append(" (")
                                    .append(c.value())
                                    .append(")\n")));
        });
        return text.toString();
    }
}
