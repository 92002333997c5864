package org.refract.it.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import javax.sql.DataSource;
import org.hibernate.SessionFactory;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.refract.it.DatabaseSensitive;
import org.refract.it.Deployments;

/** The schema Flyway built is the one the entities expect, on whichever database the server uses. */
@DatabaseSensitive
@ExtendWith(ArquillianExtension.class)
class SchemaIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.portalWithTests();
    }

    @PersistenceContext
    EntityManager em;

    @Resource(lookup = "java:jboss/datasources/PortalDS")
    DataSource dataSource;

    @Test
    void everyMigrationSucceeded() throws Exception {
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement();
                ResultSet failed =
                        s.executeQuery("select count(*) from \"flyway_schema_history\" where \"success\" = false"); ) {
            assertTrue(failed.next());
            assertEquals(0, failed.getInt(1), "failed migrations");
        }
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement();
                ResultSet applied = s.executeQuery("select count(*) from \"flyway_schema_history\"")) {
            assertTrue(applied.next());
            assertTrue(applied.getInt(1) >= 1, "at least the first migration is applied");
        }
    }

    @Test
    void mappingsMatchTheMigratedSchema() {
        em.getEntityManagerFactory()
                .unwrap(SessionFactory.class)
                .getSchemaManager()
                .validateMappedObjects();
    }
}
