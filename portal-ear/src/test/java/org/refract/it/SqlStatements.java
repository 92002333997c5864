package org.refract.it;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;

/**
 * Counts the JDBC statements Hibernate prepares while some work runs, and records their SQL. Needs the server's
 * Hibernate statistics ({@code -Drefract.hibernate.statistics=true}, set in arquillian.xml). The statistics are
 * the whole server's, so measure only while nothing else runs (in-container tests run one at a time).
 */
public final class SqlStatements {

    /** Hibernate logs every statement it prepares to this category, at debug level. */
    private static final String SQL_LOG = "org.hibernate.SQL";

    private final Statistics statistics;

    public SqlStatements(SessionFactory sessionFactory) {
        this.statistics = sessionFactory.getStatistics();
        if (!statistics.isStatisticsEnabled()) {
            throw new IllegalStateException(
                    "Hibernate statistics are off: start the server with" + " -Drefract.hibernate.statistics=true");
        }
    }

    /** What some work returned, how many statements it prepared, and their SQL. */
    public record Measured<T>(T result, long count, List<String> statements) {

        @Override
        public String toString() {
            return count + " statements:\n  " + String.join("\n  ", statements);
        }
    }

    public <T> Measured<T> measure(Callable<T> work) throws Exception {
        List<String> statements = Collections.synchronizedList(new ArrayList<>());
        Logger log = Logger.getLogger(SQL_LOG);
        Level level = log.getLevel();
        Handler recorder = new Handler() {
            @Override
            public void publish(LogRecord record) {
                statements.add(String.valueOf(record.getMessage())
                        .replaceAll("\\s+", " ")
                        .strip());
            }

            @Override
            public void flush() {}

            @Override
            public void close() {}
        };
        recorder.setLevel(Level.ALL);
        log.addHandler(recorder);
        log.setLevel(Level.FINE);
        long before = statistics.getPrepareStatementCount();
        try {
            T result = work.call();
            return new Measured<>(result, statistics.getPrepareStatementCount() - before, List.copyOf(statements));
        } finally {
            log.setLevel(level);
            log.removeHandler(recorder);
        }
    }
}
