package org.refract.demo.synthetic;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The catalogue rows, teams and members the writer needs, for databases where the seed migration (V3) is not
 * there yet, and the demo teams, which no migration creates. Ids are negative so they never meet sequence ids.
 */
final class CatalogueFixture {

    private static final List<String> MGFA = List.of("I", "IIa", "IIb", "IIIa", "IIIb", "IVa", "IVb", "V");

    private static long nextId = -1;

    private CatalogueFixture() {}

    static void insert(Connection c) throws SQLException {
        Vocabulary vocabulary = SyntheticCaseFactory.vocabulary();
        Map<String, Long> conditions = new HashMap<>();
        for (String condition : vocabulary.teamByCondition().keySet()) {
            long id = nextId--;
            conditions.put(condition, id);
            update(
                    c,
                    "insert into clinical_condition (id, version, code, name, active, display_order) "
                            + "values (?, 0, ?, ?, true, 0)",
                    id,
                    condition,
                    condition);
        }
        Map<String, Long> instruments = new HashMap<>();
        for (String code : union(vocabulary.instrumentsByCondition())) {
            long id = nextId--;
            instruments.put(code, id);
            String kind = "mgfa-class".equals(code) ? "VALUE_SET" : code.endsWith("-ab") ? "BINARY" : "NUMBER";
            update(
                    c,
                    "insert into instrument (id, version, code, name, short_name, unit, value_kind, min_value, "
                            + "max_value, decimals, active, display_order) values (?, 0, ?, ?, ?, ?, ?, ?, ?, ?, true, 0)",
                    id,
                    code,
                    code,
                    code,
                    Units.of(code),
                    kind,
                    "NUMBER".equals(kind) ? 0 : null,
                    "NUMBER".equals(kind) ? 5000 : null,
                    "NUMBER".equals(kind) ? 2 : 0);
            if ("VALUE_SET".equals(kind)) {
                for (int i = 0; i < MGFA.size(); i++) {
                    update(
                            c,
                            "insert into instrument_allowed_value (instrument_id, position, value_code, label, "
                                    + "severity) values (?, ?, ?, ?, 'INFO')",
                            id,
                            i,
                            MGFA.get(i),
                            MGFA.get(i));
                }
            }
        }
        Map<String, Long> therapies = new HashMap<>();
        for (String code : union(vocabulary.therapiesByCondition())) {
            long id = nextId--;
            therapies.put(code, id);
            update(
                    c,
                    "insert into therapy (id, version, code, name, therapy_class, route, inhaled, active, "
                            + "display_order) values (?, 0, ?, ?, 'class', 'route', ?, true, 0)",
                    id,
                    code,
                    code,
                    TreatmentHistory.INHALED_THERAPY.equals(code));
        }
        Map<String, Long> factors = new HashMap<>();
        for (String code : union(vocabulary.factorsByCondition())) {
            long id = nextId--;
            factors.put(code, id);
            update(
                    c,
                    "insert into resistance_factor (id, version, code, name, category, modifiable, assessment, "
                            + "active, display_order) values (?, 0, ?, ?, 'DISEASE', true, 'assessment', true, 0)",
                    id,
                    code,
                    code);
        }
        link(
                c,
                "instrument_condition (instrument_id, condition_id)",
                vocabulary.instrumentsByCondition(),
                instruments,
                conditions);
        link(
                c,
                "therapy_condition (therapy_id, condition_id)",
                vocabulary.therapiesByCondition(),
                therapies,
                conditions);
        link(
                c,
                "resistance_factor_condition (factor_id, condition_id)",
                vocabulary.factorsByCondition(),
                factors,
                conditions);
    }

    /** Four teams with two members each. */
    static void insertTeams(Connection c) throws SQLException {
        for (String team : List.of("respiratory", "neuromuscular", "haemophilia", "epilepsy")) {
            long teamId = nextId--;
            update(
                    c,
                    "insert into team (id, version, code, name, condition_focus) values (?, 0, ?, ?, ?)",
                    teamId,
                    team,
                    team,
                    team);
            for (int i = 1; i <= 2; i++) {
                long userId = nextId--;
                update(
                        c,
                        "insert into app_user (id, version, username, display_name, active, password_hash, "
                                + "password_change_required, failed_logins) values (?, 0, ?, ?, true, 'x', false, 0)",
                        userId,
                        team + "." + i,
                        "Member " + i);
                update(
                        c,
                        "insert into team_member (id, version, team_id, user_id, team_role) "
                                + "values (?, 0, ?, ?, 'MEMBER')",
                        nextId--,
                        teamId,
                        userId);
            }
        }
    }

    private static Set<String> union(Map<String, Set<String>> byCondition) {
        Set<String> all = new LinkedHashSet<>();
        byCondition.values().forEach(all::addAll);
        return all;
    }

    private static void link(
            Connection c,
            String table,
            Map<String, Set<String>> byCondition,
            Map<String, Long> ids,
            Map<String, Long> conditions)
            throws SQLException {
        for (var entry : byCondition.entrySet()) {
            for (String code : entry.getValue()) {
                update(c, "insert into " + table + " values (?, ?)", ids.get(code), conditions.get(entry.getKey()));
            }
        }
    }

    private static void update(Connection c, String sql, Object... values) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                ps.setObject(i + 1, values[i]);
            }
            ps.executeUpdate();
        }
    }
}
