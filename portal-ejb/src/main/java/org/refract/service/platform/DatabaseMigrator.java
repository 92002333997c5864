package org.refract.service.platform;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.jboss.logging.Logger;

/**
 * Brings the schema up to date with Flyway before anything else runs. The migrations in db/migration are the
 * only way the schema changes, on H2 and PostgreSQL alike.
 * <p>
 * {@code -Drefract.flyway.clean=<JDBC URL>} empties the schema first: the integration tests use it so that every run
 * starts from the same database. It is off unless that property is set, and it refuses to start when the property
 * does not name the very database the portal is connected to ({@link CleanPermission}).
 */
@Startup
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DatabaseMigrator {

    private static final Logger LOG = Logger.getLogger(DatabaseMigrator.class);

    @Resource(lookup = "java:jboss/datasources/PortalDS")
    DataSource dataSource;

    @PostConstruct
    void migrate() {
        CleanPermission permission = new CleanPermission(System.getProperty("refract.flyway.clean"));
        boolean clean = permission.requested();
        if (clean) {
            permission.refusal(databaseUrl()).ifPresent(refusal -> {
                throw new IllegalStateException(refusal);
            });
        }
        Flyway flyway = Flyway.configure(getClass().getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .cleanDisabled(!clean)
                .load();
        if (clean) {
            LOG.warn("refract.flyway.clean is set: emptying the database before migrating");
            flyway.clean();
        }
        MigrateResult result = flyway.migrate();
        LOG.infof(
                "Database schema at version %s (%d migrations applied now)",
                result.targetSchemaVersion != null ? result.targetSchemaVersion : result.initialSchemaVersion,
                result.migrationsExecuted);
    }

    private String databaseUrl() {
        try (Connection connection = dataSource.getConnection()) {
            return connection.getMetaData().getURL();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the database URL", e);
        }
    }
}
