package org.refract.web.platform;

import static org.refract.domain.shared.JsonValues.JSON;

import jakarta.annotation.Resource;
import jakarta.json.JsonObject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * {@code /portal/health/ready} and {@code /portal/health/live}: UP (200) when the database answers within two
 * seconds, DOWN (503) otherwise, in the MicroProfile Health wire format. A servlet rather than a MicroProfile
 * {@code HealthCheck} bean because WildFly does not register health checks from EAR sub-deployments; the
 * server's own probes stay on the management port ({@code :9990/health}).
 */
@WebServlet(urlPatterns = {"/health/ready", "/health/live", "/health"})
public class HealthServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Resource(lookup = "java:jboss/datasources/PortalDS")
    private transient DataSource dataSource;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        JsonObject database = databaseCheck();
        boolean up = "UP".equals(database.getString("status"));
        JsonObject body = JSON.createObjectBuilder()
                .add("status", up ? "UP" : "DOWN")
                .add("checks", JSON.createArrayBuilder().add(database))
                .build();
        response.setStatus(up ? HttpServletResponse.SC_OK : HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(body.toString());
    }

    private JsonObject databaseCheck() {
        var check = JSON.createObjectBuilder().add("name", "database");
        try (Connection connection = dataSource.getConnection()) {
            boolean valid = connection.isValid(2);
            return check.add("status", valid ? "UP" : "DOWN")
                    .add(
                            "data",
                            JSON.createObjectBuilder()
                                    .add("product", connection.getMetaData().getDatabaseProductName()))
                    .build();
        } catch (SQLException e) {
            return check.add("status", "DOWN")
                    .add(
                            "data",
                            JSON.createObjectBuilder().add("error", e.getClass().getSimpleName()))
                    .build();
        }
    }
}
