package org.refract.service.decision;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.flywaydb.core.Flyway;
import org.refract.domain.decision.AlertSeverity;
import org.refract.domain.decision.CriteriaJson;
import org.refract.domain.decision.RuleBook;
import org.refract.domain.decision.RuleKind;
import org.refract.domain.decision.RuleSpec;

/**
 * The rules and the therapies of each condition exactly as Flyway seeds them, read from a fresh in-memory H2 database:
 * what the vignette tests hold against the cited sources.
 *
 * @param book the current version of every rule
 * @param therapies condition code to its therapies in catalogue order
 */
record SeededRuleBook(RuleBook book, Map<String, List<RuleBook.TherapyRef>> therapies) {

    static SeededRuleBook migrate(String databaseName) throws SQLException {
        String url = "jdbc:h2:mem:" + databaseName + ";DB_CLOSE_DELAY=-1";
        Flyway.configure()
                .dataSource(url, "sa", "")
                .locations("classpath:db/migration")
                .load()
                .migrate();
        try (Connection connection = DriverManager.getConnection(url, "sa", "")) {
            return new SeededRuleBook(new RuleBook(rules(connection)), therapies(connection));
        }
    }

    private static List<RuleSpec> rules(Connection connection) throws SQLException {
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
        return rules;
    }

    private static Map<String, List<RuleBook.TherapyRef>> therapies(Connection connection) throws SQLException {
        Map<String, List<RuleBook.TherapyRef>> therapies = new TreeMap<>();
        try (ResultSet rs = connection.createStatement().executeQuery("""
                select c.code, t.code, t.name from therapy t join therapy_condition tc on tc.therapy_id = t.id
                join clinical_condition c on c.id = tc.condition_id order by c.code, t.display_order""")) {
            while (rs.next()) {
                therapies
                        .computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                        .add(new RuleBook.TherapyRef(rs.getString(2), rs.getString(3)));
            }
        }
        return therapies;
    }
}
