package org.refract.demo.synthetic;

import java.sql.Connection;
import java.sql.Driver;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.ServiceLoader;

/**
 * Loads synthetic cases into a migrated Refract database from the command line:
 * <pre>
 * --jdbc-url URL  --user U  --password P  --cases N (1000)  --seed S (42)
 * --first-pseudonym K|auto (auto: after the highest stored)  --commit-every M (500)
 * </pre>
 * The teams and their members must exist already; the tool stops with a message when they do not. Prints progress
 * and a summary with rows per second. Usually run through the {@code generate} Maven profile of portal-ejb.
 */
public final class SyntheticDataTool {

    private static final Map<String, String> DEFAULTS = Map.of(
            "user",
            "",
            "password",
            "",
            "cases",
            "1000",
            "seed",
            "42",
            "first-pseudonym",
            "auto",
            "commit-every",
            "500");

    private SyntheticDataTool() {}

    public static void main(String[] args) {
        try {
            run(options(args));
        } catch (IllegalArgumentException | IllegalStateException e) {
            System.err.println("Generator stopped: " + e.getMessage());
            System.exit(2);
        } catch (SQLException e) {
            System.err.println("Generator failed on the database: " + e.getMessage());
            System.exit(1);
        }
    }

    static void run(Map<String, String> options) throws SQLException {
        String url = withFastBatches(required(options, "jdbc-url"));
        long count = number(options, "cases");
        long seed = number(options, "seed");
        int commitEvery = (int) number(options, "commit-every");

        try (Connection connection = connect(url, options.get("user"), options.get("password"))) {
            JdbcCaseWriter writer = new JdbcCaseWriter(connection, commitEvery);
            List<String> warnings = writer.prepare();
            warnings.forEach(w -> System.out.println("warning: " + w));

            long first = firstPseudonym(options.get("first-pseudonym"), writer, count);
            SyntheticCaseFactory factory = new SyntheticCaseFactory(seed, first, Instant.now());
            System.out.printf(
                    "Writing %,d cases (seed %d, %s to %s) to %s, committing every %d%n",
                    count,
                    seed,
                    SyntheticCaseFactory.pseudonym(first),
                    SyntheticCaseFactory.pseudonym(first + count - 1),
                    url,
                    commitEvery);

            long step = Math.max(commitEvery, (count / 20) / commitEvery * commitEvery);
            WriteSummary summary = writer.write(factory.cases(count).iterator(), p -> {
                if (p.cases() % step == 0 || p.cases() == count) {
                    double seconds = Math.max(p.elapsed().toMillis(), 1) / 1000.0;
                    System.out.printf(
                            "  %,9d cases  %,11d rows  %6.1f s  %,9.0f rows/s%n",
                            p.cases(), p.rows(), seconds, p.rows() / seconds);
                }
            });
            System.out.printf(
                    "Done: %,d patients, %,d cases, %,d observations, %,d treatment lines, %,d findings"
                            + " = %,d rows in %.1f s (%,.0f rows/s)%n",
                    summary.cases(),
                    summary.cases(),
                    summary.observations(),
                    summary.treatmentLines(),
                    summary.findings(),
                    summary.rows(),
                    summary.elapsed().toMillis() / 1000.0,
                    summary.rowsPerSecond());
        }
    }

    /** PostgreSQL's driver sends a batch as one multi-row insert only when asked: several times faster. */
    static String withFastBatches(String url) {
        if (!url.startsWith("jdbc:postgresql:") || url.contains("reWriteBatchedInserts")) {
            return url;
        }
        return url + (url.contains("?") ? "&" : "?") + "reWriteBatchedInserts=true";
    }

    private static long firstPseudonym(String option, JdbcCaseWriter writer, long count) throws SQLException {
        long highest = writer.highestPseudonymNumber();
        if ("auto".equals(option)) {
            return highest + 1;
        }
        long first = parse("first-pseudonym", option);
        long taken = writer.pseudonymsBetween(first, first + count - 1);
        if (taken > 0) {
            throw new IllegalStateException(taken + " of the pseudonyms " + SyntheticCaseFactory.pseudonym(first)
                    + " to " + SyntheticCaseFactory.pseudonym(first + count - 1) + " exist already; use "
                    + "--first-pseudonym " + (highest + 1) + " or auto.");
        }
        return first;
    }

    /**
     * Finds the driver through the context class loader rather than DriverManager, which cannot see drivers that
     * a plugin class loader (exec:java) brings.
     */
    private static Connection connect(String url, String user, String password) throws SQLException {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        for (Driver driver : ServiceLoader.load(Driver.class, loader)) {
            if (driver.acceptsURL(url)) {
                Properties properties = new Properties();
                properties.setProperty("user", user);
                properties.setProperty("password", password);
                return driver.connect(url, properties);
            }
        }
        throw new IllegalStateException(
                "No JDBC driver for " + url + " on the class path (PostgreSQL and H2 are " + "supported).");
    }

    static Map<String, String> options(String[] args) {
        Map<String, String> options = new HashMap<>(DEFAULTS);
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (!arg.startsWith("--")) {
                throw new IllegalArgumentException("Unexpected argument '" + arg + "'; options start with --.");
            }
            String name;
            String value;
            int equals = arg.indexOf('=');
            if (equals > 0) {
                name = arg.substring(2, equals);
                value = arg.substring(equals + 1);
            } else if (i + 1 < args.length) {
                name = arg.substring(2);
                value = args[++i];
            } else {
                throw new IllegalArgumentException("Option " + arg + " needs a value.");
            }
            if (!DEFAULTS.containsKey(name) && !"jdbc-url".equals(name)) {
                throw new IllegalArgumentException("Unknown option --" + name + "; known: --jdbc-url, "
                        + String.join(
                                ", ",
                                DEFAULTS.keySet().stream()
                                        .sorted()
                                        .map(k -> "--" + k)
                                        .toList()) + ".");
            }
            options.put(name, value);
        }
        return options;
    }

    private static String required(Map<String, String> options, String name) {
        String value = options.get(name);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("--" + name + " is required.");
        }
        return value;
    }

    private static long number(Map<String, String> options, String name) {
        long value = parse(name, options.get(name));
        if (!"seed".equals(name) && value <= 0) {
            throw new IllegalArgumentException("--" + name + " must be positive.");
        }
        return value;
    }

    private static long parse(String name, String value) {
        try {
            return Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--" + name + " must be a whole number, not '" + value + "'.");
        }
    }
}
