package org.refract.service.platform;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.jboss.logging.Logger;

/** Tells whoever started the server where the portal is and where its data live (demo logins follow, if any). */
@Startup
@Singleton
@DependsOn("SearchIndex")
public class StartupBanner {

    private static final Logger LOG = Logger.getLogger(StartupBanner.class);

    @Resource(lookup = "java:jboss/datasources/PortalDS")
    DataSource dataSource;

    @PostConstruct
    void announce() {
        String database;
        try (Connection connection = dataSource.getConnection()) {
            database = connection.getMetaData().getDatabaseProductName() + " at "
                    + connection.getMetaData().getURL();
        } catch (SQLException e) {
            database = "unavailable (" + e.getMessage() + ")";
        }
        int port = 8080 + Integer.getInteger("jboss.socket.binding.port-offset", 0);
        LOG.infof(
                "%n%n  Refract is starting at http://localhost:%d/portal/%n  Database: %s%n" + "  Data folder: %s%n",
                port, database, System.getProperty("jboss.server.data.dir"));
    }
}
