package org.refract.demo.synthetic;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Hands out entity ids from the database sequence {@code refract_seq} exactly as Hibernate does for the entities,
 * so ids written here never collide with ids the portal assigns, whichever runs first or at the same time.
 * <p>
 * The entities map the sequence with {@code allocationSize = 50} and no explicit optimizer. For an increment above
 * 1, Hibernate 6 and 7 ({@code OptimizerFactory.determineImplicitOptimizerName}) pick the <b>pooled</b> optimizer
 * unless {@code hibernate.id.optimizer.pooled.preferred} says otherwise (Refract's persistence.xml does not). The
 * pooled optimizer reads the sequence value as the <i>upper</i> end of a block: a value {@code v} reserves the ids
 * {@code v-49 … v} ({@code PooledOptimizer.generate}: {@code value = hiValue - (incrementSize - 1)}). The one
 * exception is the sequence's initial value 1, which Hibernate takes as the single id 1 (older versions also take
 * the next value, 51, as the block's upper end: ids 1 … 51). The database sequence itself is created with
 * {@code increment by 50}, so every {@code nextval} is 50 above the last one, and blocks never overlap.
 * <p>
 * This class does the same: each {@code nextval} {@code v} gives the block {@code max(1, v-49) … v}. The other
 * optimizer, pooled-lo, would read {@code v} as the <i>lower</i> end ({@code v … v+49}) and would overlap the
 * pooled blocks of the application server by 49 ids per block: that is why the choice matters. The increment is
 * checked when the allocator starts.
 */
final class PooledIdAllocator implements AutoCloseable {

    /** The entities' {@code @SequenceGenerator(allocationSize = 50)} and the sequence's {@code increment by 50}. */
    static final int ALLOCATION_SIZE = 50;

    static final String SEQUENCE = "refract_seq";

    private final PreparedStatement nextValue;
    private long next = 1;
    private long high = 0;
    private long fetches;

    PooledIdAllocator(Connection connection) throws SQLException {
        checkIncrement(connection);
        this.nextValue = connection.prepareStatement(nextValueSql(connection));
    }

    long next() throws SQLException {
        if (next > high) {
            long value = fetch();
            high = value;
            next = Math.max(1, value - ALLOCATION_SIZE + 1);
        }
        return next++;
    }

    /** How many times the sequence was read (one per block of ids). */
    long fetches() {
        return fetches;
    }

    private long fetch() throws SQLException {
        fetches++;
        try (ResultSet rs = nextValue.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static String nextValueSql(Connection connection) throws SQLException {
        String product = connection.getMetaData().getDatabaseProductName().toLowerCase();
        if (product.contains("postgres")) {
            return "select nextval('" + SEQUENCE + "')";
        }
        if (product.contains("h2")) {
            return "select next value for " + SEQUENCE;
        }
        throw new IllegalStateException("Unsupported database " + product + ": use PostgreSQL or H2.");
    }

    private static void checkIncrement(Connection connection) throws SQLException {
        String sql = "select increment from information_schema.sequences where lower(sequence_name) = ?";
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            ps.setString(1, SEQUENCE);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new IllegalStateException("Sequence " + SEQUENCE + " not found: run the Flyway migrations "
                            + "(V1 to V4) on this database first.");
                }
                long increment = Long.parseLong(rs.getString(1).trim());
                if (increment != ALLOCATION_SIZE) {
                    throw new IllegalStateException("Sequence " + SEQUENCE + " increments by " + increment
                            + ", but the entities allocate ids in blocks of " + ALLOCATION_SIZE
                            + ": ids would collide.");
                }
            }
        }
    }

    @Override
    public void close() throws SQLException {
        nextValue.close();
    }
}
