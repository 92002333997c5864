package org.refract.demo.synthetic;

import java.math.BigDecimal;
import java.sql.BatchUpdateException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Iterator;
import java.util.List;
import java.util.function.Consumer;
import org.refract.demo.synthetic.ReferenceData.InstrumentRow;
import org.refract.demo.synthetic.ReferenceData.Member;

/**
 * Writes {@link CaseBlueprint}s straight into the schema with JDBC batch inserts: patient, clinical_case,
 * observation, treatment_line and resistance_finding. Meant for benchmark and demo data, so it writes no Envers
 * history (_aud rows) and no view log.
 * <p>
 * Codes are resolved to ids once, up front; the responsible clinician is an active member of the case's team. Ids
 * come from {@code refract_seq} the way Hibernate takes them (see {@link PooledIdAllocator}), so the portal can run
 * during and after a load. Every {@code commitEvery} cases the batches are sent and committed; a failure rolls back
 * the open batch only. Works on PostgreSQL (add {@code reWriteBatchedInserts=true} to the URL for speed) and H2.
 */
public final class JdbcCaseWriter {

    /** Progress after each commit. */
    public record Progress(long cases, long rows, Duration elapsed) {}

    private final Connection connection;
    private final int commitEvery;
    private ReferenceData reference;

    /**
     * @param connection an open connection; the writer switches auto-commit off and commits itself
     * @param commitEvery cases per transaction (e.g. 500)
     */
    public JdbcCaseWriter(Connection connection, int commitEvery) {
        if (commitEvery < 1) {
            throw new IllegalArgumentException("Commit at least every case.");
        }
        this.connection = connection;
        this.commitEvery = commitEvery;
    }

    /**
     * Reads the catalogue, the teams and their members, and checks that every code the factory can emit exists.
     *
     * @return warnings about odd but usable reference data
     * @throws IllegalStateException naming what is missing
     */
    public List<String> prepare() throws SQLException {
        reference = ReferenceData.load(connection);
        return reference.check(SyntheticCaseFactory.vocabulary());
    }

    /** The highest number among the pseudonyms already stored, or 0. */
    public long highestPseudonymNumber() throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(
                        "select max(cast(substring(pseudonym, 3) as bigint)) from patient where pseudonym like 'P-%'");
                ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Patients whose pseudonym number lies in {@code first … last}. */
    public long pseudonymsBetween(long first, long last) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("select count(*) from patient "
                + "where pseudonym like 'P-%' and cast(substring(pseudonym, 3) as bigint) between ? and ?")) {
            ps.setLong(1, first);
            ps.setLong(2, last);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /**
     * Writes the cases, committing every {@code commitEvery} cases.
     *
     * @param cases the cases to write
     * @param progress told after every commit
     */
    public WriteSummary write(Iterator<CaseBlueprint> cases, Consumer<Progress> progress) throws SQLException {
        if (reference == null) {
            prepare();
        }
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        long started = System.nanoTime();
        try (Batches batches = new Batches(connection);
                PooledIdAllocator ids = new PooledIdAllocator(connection)) {
            long written = 0;
            long rows = 0;
            int open = 0;
            while (cases.hasNext()) {
                rows += add(cases.next(), batches, ids);
                open++;
                if (open == commitEvery || !cases.hasNext()) {
                    batches.flushAndCommit(connection);
                    written += open;
                    open = 0;
                    progress.accept(new Progress(written, rows, Duration.ofNanos(System.nanoTime() - started)));
                }
            }
            return new WriteSummary(
                    written,
                    batches.observations,
                    batches.treatmentLines,
                    batches.findings,
                    Duration.ofNanos(System.nanoTime() - started));
        } catch (BatchUpdateException e) {
            connection.rollback();
            // PostgreSQL reports the failing row only in the chained exception.
            throw e.getNextException() == null
                    ? e
                    : new SQLException(
                            e.getMessage() + " / " + e.getNextException().getMessage(), e);
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }

    private int add(CaseBlueprint c, Batches b, PooledIdAllocator ids) throws SQLException {
        long conditionId = reference.conditions.get(c.conditionCode());
        long teamId = reference.teams.get(c.teamCode());
        List<Member> members = reference.membersByTeam.get(teamId);
        Member clinician = members.get(Math.floorMod(c.clinicianPick(), members.size()));
        String by = clinician.username();

        long patientId = ids.next();
        PreparedStatement p = b.patient;
        p.setLong(1, patientId);
        p.setString(2, c.pseudonym());
        p.setInt(3, c.birthYear());
        p.setString(4, c.sex());
        p.setObject(5, timestamp(c.createdAt()));
        p.setLong(6, teamId);
        p.addBatch();

        long caseId = ids.next();
        PreparedStatement k = b.clinicalCase;
        k.setLong(1, caseId);
        k.setLong(2, patientId);
        k.setLong(3, conditionId);
        k.setLong(4, teamId);
        k.setLong(5, clinician.userId());
        k.setString(6, c.title());
        k.setString(7, c.summary());
        k.setString(8, c.status());
        k.setObject(9, timestamp(c.statusChangedAt()));
        k.setObject(10, timestamp(c.createdAt()));
        k.setString(11, by);
        k.setObject(12, timestamp(c.updatedAt()));
        k.setString(13, by);
        k.addBatch();

        for (ObservationBlueprint o : c.observations()) {
            InstrumentRow instrument = reference.instruments.get(o.instrumentCode());
            check(instrument, o, c.pseudonym());
            PreparedStatement s = b.observation;
            s.setLong(1, ids.next());
            s.setLong(2, caseId);
            s.setLong(3, instrument.id());
            nullable(s, 4, o.number(), Types.NUMERIC);
            nullable(s, 5, o.code(), Types.VARCHAR);
            s.setString(6, instrument.unit());
            s.setObject(7, o.observedOn());
            s.setString(8, by);
            s.setObject(9, timestamp(o.enteredAt()));
            s.addBatch();
            b.observations++;
        }
        for (TreatmentLineBlueprint t : c.treatmentLines()) {
            PreparedStatement s = b.treatmentLine;
            s.setLong(1, ids.next());
            s.setLong(2, caseId);
            s.setLong(3, reference.therapies.get(t.therapyCode()));
            nullable(s, 4, t.dose(), Types.VARCHAR);
            s.setObject(5, t.start());
            nullable(s, 6, t.end(), Types.DATE);
            s.setString(7, t.response());
            nullable(s, 8, t.reasonStopped(), Types.VARCHAR);
            nullable(s, 9, t.adherenceConfirmed(), Types.BOOLEAN);
            nullable(s, 10, t.adherenceMethod(), Types.VARCHAR);
            nullable(s, 11, t.inhalerTechniqueChecked(), Types.BOOLEAN);
            nullable(s, 12, t.adequateTrial(), Types.BOOLEAN);
            nullable(s, 13, t.adequacyReason(), Types.VARCHAR);
            s.addBatch();
            b.treatmentLines++;
        }
        for (FindingBlueprint f : c.findings()) {
            PreparedStatement s = b.finding;
            s.setLong(1, ids.next());
            s.setLong(2, caseId);
            s.setLong(3, reference.factors.get(f.factorCode()));
            s.setString(4, f.status());
            nullable(s, 5, f.evidence(), Types.VARCHAR);
            s.setObject(6, f.assessedOn());
            s.setString(7, by);
            s.addBatch();
            b.findings++;
        }
        return c.rowCount();
    }

    /** The portal would refuse a value outside the catalogue's definition; so does the generator. */
    private static void check(InstrumentRow instrument, ObservationBlueprint o, String pseudonym) {
        String problem = null;
        switch (instrument.valueKind()) {
            case "VALUE_SET" -> {
                if (o.code() == null || !instrument.allowedValues().contains(o.code())) {
                    problem = "'" + o.code() + "' is not one of " + instrument.allowedValues();
                }
            }
            case "BINARY" -> {
                if (o.number() == null
                        || o.number().signum() < 0
                        || o.number().compareTo(BigDecimal.ONE) > 0
                        || o.number().stripTrailingZeros().scale() > 0) {
                    problem = o.number() + " is not 0 or 1";
                }
            }
            default -> {
                BigDecimal n = o.number();
                if (n == null) {
                    problem = "a number is required";
                } else if (instrument.min() != null && n.compareTo(instrument.min()) < 0
                        || instrument.max() != null && n.compareTo(instrument.max()) > 0) {
                    problem = n + " is outside " + instrument.min() + "–" + instrument.max();
                } else if (n.stripTrailingZeros().scale() > instrument.decimals()) {
                    problem = n + " has more than " + instrument.decimals() + " decimals";
                }
            }
        }
        if (problem != null) {
            throw new IllegalStateException("Generated " + o.instrumentCode() + " for " + pseudonym + " does not "
                    + "fit the catalogue: " + problem + ".");
        }
    }

    private static OffsetDateTime timestamp(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static void nullable(PreparedStatement s, int index, Object value, int sqlType) throws SQLException {
        if (value == null) {
            s.setNull(index, sqlType);
        } else {
            s.setObject(index, value);
        }
    }

    /** One prepared insert per table, sent in foreign-key order. */
    private static final class Batches implements AutoCloseable {

        final PreparedStatement patient;
        final PreparedStatement clinicalCase;
        final PreparedStatement observation;
        final PreparedStatement treatmentLine;
        final PreparedStatement finding;
        long observations;
        long treatmentLines;
        long findings;

        Batches(Connection c) throws SQLException {
            patient = c.prepareStatement("insert into patient (id, version, pseudonym, birth_year, sex, created_at, "
                    + "team_id) values (?, 0, ?, ?, ?, ?, ?)");
            clinicalCase = c.prepareStatement("insert into clinical_case (id, version, patient_id, condition_id, "
                    + "team_id, clinician_id, title, summary, status, status_changed_at, created_at, created_by, "
                    + "updated_at, updated_by) values (?, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
            observation = c.prepareStatement("insert into observation (id, version, case_id, instrument_id, "
                    + "numeric_value, coded_value, unit, observed_on, note, entered_by, entered_at) "
                    + "values (?, 0, ?, ?, ?, ?, ?, ?, null, ?, ?)");
            treatmentLine = c.prepareStatement("insert into treatment_line (id, version, case_id, therapy_id, dose, "
                    + "start_date, end_date, response, reason_stopped, adherence_confirmed, adherence_method, "
                    + "inhaler_technique_checked, adequate_trial, adequacy_reason) "
                    + "values (?, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
            finding = c.prepareStatement("insert into resistance_finding (id, version, case_id, factor_id, status, "
                    + "evidence, assessed_on, assessed_by) values (?, 0, ?, ?, ?, ?, ?, ?)");
        }

        void flushAndCommit(Connection c) throws SQLException {
            for (PreparedStatement s : List.of(patient, clinicalCase, observation, treatmentLine, finding)) {
                s.executeBatch();
            }
            c.commit();
        }

        @Override
        public void close() throws SQLException {
            for (PreparedStatement s : List.of(patient, clinicalCase, observation, treatmentLine, finding)) {
                s.close();
            }
        }
    }
}
