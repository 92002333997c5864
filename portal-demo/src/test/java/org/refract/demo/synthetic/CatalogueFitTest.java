package org.refract.demo.synthetic;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Synthetic cases use only instruments, therapies and resistance factors that the seeded catalogue (Flyway V3)
 * links to the case's condition: the demo seeder records them through the same rules as a clinician, and would
 * refuse anything else.
 */
class CatalogueFitTest {

    private static Connection connection;
    private static final Set<String> INSTRUMENTS = new HashSet<>();
    private static final Set<String> THERAPIES = new HashSet<>();
    private static final Set<String> FACTORS = new HashSet<>();

    @BeforeAll
    static void migrate() throws SQLException {
        String url = "jdbc:h2:mem:cataloguefit;DB_CLOSE_DELAY=-1";
        Flyway.configure()
                .dataSource(url, "sa", "")
                .locations("classpath:db/migration")
                .load()
                .migrate();
        connection = DriverManager.getConnection(url, "sa", "");
        load(
                "select i.code, c.code from instrument_condition x join instrument i on i.id = x.instrument_id"
                        + " join clinical_condition c on c.id = x.condition_id",
                INSTRUMENTS);
        load(
                "select t.code, c.code from therapy_condition x join therapy t on t.id = x.therapy_id"
                        + " join clinical_condition c on c.id = x.condition_id",
                THERAPIES);
        load(
                "select f.code, c.code from resistance_factor_condition x join resistance_factor f on f.id = x.factor_id"
                        + " join clinical_condition c on c.id = x.condition_id",
                FACTORS);
    }

    private static void load(String sql, Set<String> pairs) throws SQLException {
        try (Statement s = connection.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                pairs.add(rs.getString(1) + "@" + rs.getString(2));
            }
        }
    }

    @AfterAll
    static void close() throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute("shutdown");
        }
        connection.close();
    }

    @Test
    void everyGeneratedCodeAppliesToTheCaseCondition() {
        Set<String> misfits = new TreeSet<>();
        List<CaseBlueprint> cases =
                new SyntheticCaseFactory(7, 1, Instant.now()).cases(5_000).toList();
        for (CaseBlueprint c : cases) {
            String condition = "@" + c.conditionCode();
            c.observations().stream()
                    .map(o -> o.instrumentCode() + condition)
                    .filter(p -> !INSTRUMENTS.contains(p))
                    .forEach(misfits::add);
            c.treatmentLines().stream()
                    .map(l -> l.therapyCode() + condition)
                    .filter(p -> !THERAPIES.contains(p))
                    .forEach(misfits::add);
            c.findings().stream()
                    .map(f -> f.factorCode() + condition)
                    .filter(p -> !FACTORS.contains(p))
                    .forEach(misfits::add);
        }
        assertEquals(Set.of(), misfits, "code@condition pairs the catalogue does not link");
    }
}
