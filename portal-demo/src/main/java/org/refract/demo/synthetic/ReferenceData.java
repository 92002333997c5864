package org.refract.demo.synthetic;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The ids a writer needs, read once up front with one query per table: catalogue codes, teams and their members.
 * Also checks that the database has everything the factory can emit, and says clearly what is missing.
 */
final class ReferenceData {

    /** An instrument as the catalogue defines it: the writer stores its unit and checks values against it. */
    record InstrumentRow(
            long id,
            String code,
            String unit,
            String valueKind,
            BigDecimal min,
            BigDecimal max,
            int decimals,
            Set<String> allowedValues) {}

    /** A team member who can be the responsible clinician. */
    record Member(long userId, String username) {}

    final Map<String, Long> conditions;
    final Map<String, InstrumentRow> instruments;
    final Map<String, Long> therapies;
    final Map<String, Long> factors;
    final Map<String, Long> teams;
    final Map<Long, List<Member>> membersByTeam;
    private final Set<String> instrumentLinks;
    private final Set<String> therapyLinks;
    private final Set<String> factorLinks;

    private ReferenceData(Connection connection) throws SQLException {
        conditions = codes(connection, "select code, id from clinical_condition");
        therapies = codes(connection, "select code, id from therapy");
        factors = codes(connection, "select code, id from resistance_factor");
        teams = codes(connection, "select code, id from team");
        instruments = instruments(connection);
        membersByTeam = members(connection);
        instrumentLinks = links(connection, "select instrument_id, condition_id from instrument_condition");
        therapyLinks = links(connection, "select therapy_id, condition_id from therapy_condition");
        factorLinks = links(connection, "select factor_id, condition_id from resistance_factor_condition");
    }

    static ReferenceData load(Connection connection) throws SQLException {
        return new ReferenceData(connection);
    }

    /**
     * Fails when a code, a team or a team's members are missing; returns warnings for what is only odd (a code the
     * catalogue does not link to the condition, a unit spelt differently from the factory's).
     */
    List<String> check(Vocabulary vocabulary) {
        Set<String> missing = new TreeSet<>();
        List<String> warnings = new ArrayList<>();
        vocabulary.teamByCondition().forEach((condition, team) -> {
            if (!conditions.containsKey(condition)) {
                missing.add("condition " + condition);
            }
            Long teamId = teams.get(team);
            if (teamId == null) {
                missing.add("team " + team);
            } else if (membersByTeam.getOrDefault(teamId, List.of()).isEmpty()) {
                missing.add("an active member of team " + team);
            }
        });
        checkCodes(vocabulary.instrumentsByCondition(), instruments.keySet(), "instrument", missing);
        checkCodes(vocabulary.therapiesByCondition(), therapies.keySet(), "therapy", missing);
        checkCodes(vocabulary.factorsByCondition(), factors.keySet(), "resistance factor", missing);
        if (conditions.isEmpty() || instruments.isEmpty() || therapies.isEmpty() || factors.isEmpty()) {
            throw new IllegalStateException("The catalogue is empty: run all Flyway migrations, including the seed "
                    + "(V3), on this database first.");
        }
        if (!missing.isEmpty()) {
            throw new IllegalStateException("The database lacks " + String.join(", ", missing) + ". Run all Flyway "
                    + "migrations (V3 seeds the catalogue) and create the teams with at least one member each, "
                    + "e.g. by starting the portal once on this database with -Drefract.demo=true.");
        }
        vocabulary
                .instrumentsByCondition()
                .forEach((condition, codes) -> codes.forEach(code -> {
                    warnUnlinked(
                            warnings,
                            instrumentLinks,
                            "instrument",
                            code,
                            instruments.get(code).id(),
                            condition);
                    String unit = Units.of(code);
                    if (!sameUnit(unit, instruments.get(code).unit())) {
                        warnings.add("instrument " + code + ": catalogue unit '"
                                + instruments.get(code).unit() + "' differs from '" + unit
                                + "'; the catalogue's unit is stored");
                    }
                }));
        vocabulary
                .therapiesByCondition()
                .forEach((condition, codes) -> codes.forEach(
                        code -> warnUnlinked(warnings, therapyLinks, "therapy", code, therapies.get(code), condition)));
        vocabulary
                .factorsByCondition()
                .forEach((condition, codes) -> codes.forEach(code ->
                        warnUnlinked(warnings, factorLinks, "resistance factor", code, factors.get(code), condition)));
        return warnings.stream().distinct().toList();
    }

    /** The same unit when spelt the same, allowing µ for u as the portal's own check does. */
    static boolean sameUnit(String a, String b) {
        return a.replace('µ', 'u').equals(b.replace('µ', 'u'));
    }

    private void warnUnlinked(
            List<String> warnings, Set<String> links, String kind, String code, long id, String condition) {
        if (!links.contains(id + ":" + conditions.get(condition))) {
            warnings.add(kind + " " + code + " is not linked to condition " + condition + " in the catalogue");
        }
    }

    private static void checkCodes(
            Map<String, Set<String>> byCondition, Set<String> known, String kind, Set<String> missing) {
        byCondition
                .values()
                .forEach(codes ->
                        codes.stream().filter(c -> !known.contains(c)).forEach(c -> missing.add(kind + " " + c)));
    }

    private static Map<String, Long> codes(Connection connection, String sql) throws SQLException {
        Map<String, Long> ids = new HashMap<>();
        try (PreparedStatement ps = connection.prepareStatement(sql);
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                ids.put(rs.getString(1), rs.getLong(2));
            }
        }
        return ids;
    }

    private static Map<String, InstrumentRow> instruments(Connection connection) throws SQLException {
        Map<Long, Set<String>> allowed = new HashMap<>();
        try (PreparedStatement ps =
                        connection.prepareStatement("select instrument_id, value_code from instrument_allowed_value");
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                allowed.computeIfAbsent(rs.getLong(1), k -> new HashSet<>()).add(rs.getString(2));
            }
        }
        Map<String, InstrumentRow> rows = new HashMap<>();
        try (PreparedStatement ps = connection.prepareStatement(
                        "select id, code, unit, value_kind, min_value, max_value, decimals from instrument");
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                long id = rs.getLong(1);
                rows.put(
                        rs.getString(2),
                        new InstrumentRow(
                                id,
                                rs.getString(2),
                                rs.getString(3),
                                rs.getString(4),
                                rs.getBigDecimal(5),
                                rs.getBigDecimal(6),
                                rs.getInt(7),
                                allowed.getOrDefault(id, Set.of())));
            }
        }
        return rows;
    }

    private static Map<Long, List<Member>> members(Connection connection) throws SQLException {
        Map<Long, List<Member>> members = new HashMap<>();
        try (PreparedStatement ps = connection.prepareStatement("select m.team_id, u.id, u.username "
                        + "from team_member m join app_user u on u.id = m.user_id where u.active = true "
                        + "order by m.team_id, u.id");
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                members.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                        .add(new Member(rs.getLong(2), rs.getString(3)));
            }
        }
        return members;
    }

    private static Set<String> links(Connection connection, String sql) throws SQLException {
        Set<String> links = new HashSet<>();
        try (PreparedStatement ps = connection.prepareStatement(sql);
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                links.add(rs.getLong(1) + ":" + rs.getLong(2));
            }
        }
        return links;
    }
}
