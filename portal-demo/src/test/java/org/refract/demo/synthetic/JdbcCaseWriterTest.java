package org.refract.demo.synthetic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Runs the writer against an in-memory H2 database built by the real Flyway migrations. */
class JdbcCaseWriterTest {

    private static final AtomicInteger DATABASES = new AtomicInteger();

    private Connection connection;

    @BeforeEach
    void migrate() throws SQLException {
        String url = "jdbc:h2:mem:generator" + DATABASES.incrementAndGet() + ";DB_CLOSE_DELAY=-1";
        Flyway.configure()
                .dataSource(url, "sa", "")
                .locations("classpath:db/migration")
                .load()
                .migrate();
        connection = DriverManager.getConnection(url, "sa", "");
        if (count("clinical_condition") == 0) {
            CatalogueFixture.insert(connection);
        }
    }

    @AfterEach
    void close() throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute("shutdown");
        }
        connection.close();
    }

    @Test
    void refusesToStartWithoutTeamsAndMembers() {
        IllegalStateException e =
                assertThrows(IllegalStateException.class, () -> new JdbcCaseWriter(connection, 100).prepare());
        assertTrue(e.getMessage().contains("team respiratory"), e.getMessage());
    }

    @Test
    void writesEveryRowOfEveryCase() throws SQLException {
        CatalogueFixture.insertTeams(connection);
        List<CaseBlueprint> cases =
                new SyntheticCaseFactory(3, 1, Instant.now()).cases(250).toList();
        List<JdbcCaseWriter.Progress> progress = new ArrayList<>();

        JdbcCaseWriter writer = new JdbcCaseWriter(connection, 100);
        writer.prepare();
        WriteSummary summary = writer.write(cases.iterator(), progress::add);

        long observations =
                cases.stream().mapToLong(c -> c.observations().size()).sum();
        long lines = cases.stream().mapToLong(c -> c.treatmentLines().size()).sum();
        long findings = cases.stream().mapToLong(c -> c.findings().size()).sum();
        assertEquals(250, count("patient"));
        assertEquals(250, count("clinical_case"));
        assertEquals(observations, count("observation"));
        assertEquals(lines, count("treatment_line"));
        assertEquals(findings, count("resistance_finding"));
        assertEquals(new WriteSummary(250, observations, lines, findings, summary.elapsed()), summary);
        assertEquals(
                List.of(100L, 200L, 250L),
                progress.stream().map(JdbcCaseWriter.Progress::cases).toList());
        assertEquals(250, writer.highestPseudonymNumber());
        assertEquals(1, writer.pseudonymsBetween(250, 400));
    }

    @Test
    void eachCaseBelongsToAMemberOfItsTeam() throws SQLException {
        CatalogueFixture.insertTeams(connection);
        new JdbcCaseWriter(connection, 50)
                .write(new SyntheticCaseFactory(4, 1, Instant.now()).cases(120).iterator(), p -> {});
        assertEquals(
                0,
                single("select count(*) from clinical_case c where not exists (select 1 from team_member m "
                        + "where m.team_id = c.team_id and m.user_id = c.clinician_id)"));
        assertEquals(
                0,
                single("select count(*) from clinical_case c join team t on t.id = c.team_id "
                        + "join clinical_condition k on k.id = c.condition_id where not ("
                        + "k.code = 'severe-asthma' and t.code = 'respiratory' or k.code = 'myasthenia-gravis' "
                        + "and t.code = 'neuromuscular' or k.code like 'haemophilia-%' and t.code = 'haemophilia' "
                        + "or k.code = 'epilepsy' and t.code = 'epilepsy')"));
        assertEquals(
                0,
                single("select count(*) from observation o join clinical_case c on c.id = o.case_id "
                        + "join app_user u on u.id = c.clinician_id where o.entered_by <> u.username"));
    }

    /**
     * Ids must come in the blocks Hibernate's pooled optimizer would take from the same sequence values: value v
     * owns v-49 … v. After the load, the next value's block lies wholly above every id written.
     */
    @Test
    void takesIdsInHibernatesPooledBlocks() throws SQLException {
        CatalogueFixture.insertTeams(connection);
        long before = nextSequenceValue();
        new JdbcCaseWriter(connection, 100)
                .write(new SyntheticCaseFactory(5, 1, Instant.now()).cases(100).iterator(), p -> {});
        long after = nextSequenceValue();

        Set<Long> ids = new TreeSet<>();
        for (String table :
                List.of("patient", "clinical_case", "observation", "treatment_line", "resistance_finding")) {
            try (PreparedStatement ps = connection.prepareStatement("select id from " + table);
                    ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    assertTrue(ids.add(rs.getLong(1)), "duplicate id");
                }
            }
        }
        long lowest = ids.iterator().next();
        long highest = ((TreeSet<Long>) ids).last();
        assertEquals(before + 1, lowest, "the first block starts right after the value read before");
        assertTrue(highest <= after - 50, "the next block (" + (after - 49) + "…" + after + ") is free");
        assertEquals(highest - lowest + 1, ids.size(), "blocks are used without gaps");
    }

    @Test
    void allocatorFollowsThePooledOptimizerFromAFreshSequence() throws SQLException {
        try (PooledIdAllocator ids = new PooledIdAllocator(connection)) {
            for (long expected = 1; expected <= 120; expected++) {
                assertEquals(expected, ids.next());
            }
            // 1 is the initial value and owns only id 1, then 51 owns 2…51, 101 owns 52…101, 151 owns 102…151.
            assertEquals(4, ids.fetches());
        }
        assertEquals(201, nextSequenceValue());
    }

    @Test
    void refusesASequenceWithAnotherIncrement() throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute("alter sequence refract_seq increment by 1");
        }
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> new PooledIdAllocator(connection));
        assertTrue(e.getMessage().contains("increments by 1"), e.getMessage());
    }

    private long nextSequenceValue() throws SQLException {
        return single("select next value for refract_seq");
    }

    private long count(String table) throws SQLException {
        return single("select count(*) from " + table);
    }

    private long single(String sql) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(sql);
                ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
