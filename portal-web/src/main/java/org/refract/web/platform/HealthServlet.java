package org.refract.web.platform;

import static org.refract.domain.shared.JsonValues.JSON;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.refract.service.search.SearchIndex;
import org.refract.web.api.cases.FhirValidation;

/**
 * The portal's probes, in the MicroProfile Health wire format. {@code /portal/health/live}: UP (200) while the
 * portal answers requests at all; it touches neither the database nor a pooled connection, so that a slow or absent
 * database never makes an orchestrator restart healthy nodes. {@code /portal/health/ready} (and {@code /health}): UP
 * when the database answers within two seconds, DOWN (503) otherwise, and whether the search index is being
 * rebuilt (the node serves meanwhile; searches say their results may be incomplete) and whether the FHIR validator
 * is prepared yet (it is after a start; an import waits for it meanwhile). A servlet rather than a
 * MicroProfile {@code HealthCheck} bean because WildFly does not register health checks from EAR sub-deployments;
 * the server's own probes stay on the management port ({@code :9990/health}).
 */
@WebServlet(urlPatterns = {"/health/ready", "/health/live", "/health"})
public class HealthServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Resource(lookup = "java:jboss/datasources/PortalDS")
    private transient DataSource dataSource;

    @EJB
    private transient SearchIndex searchIndex;

    @Inject
    private transient FhirValidation fhirValidation;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        boolean up = true;
        JsonArrayBuilder checks = JSON.createArrayBuilder();
        if (!request.getServletPath().equals("/health/live")) {
            JsonObject database = databaseCheck();
            up = "UP".equals(database.getString("status"));
            checks.add(database).add(searchCheck()).add(fhirCheck());
        }
        JsonObject body = JSON.createObjectBuilder()
                .add("status", up ? "UP" : "DOWN")
                .add("checks", checks)
                .build();
        response.setStatus(up ? HttpServletResponse.SC_OK : HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(body.toString());
    }

    private JsonObject searchCheck() {
        return upWith("search-index", "rebuilding", searchIndex.isRebuilding());
    }

    /** The FHIR validator is prepared after the start; an import that comes before waits for it. */
    private JsonObject fhirCheck() {
        return upWith("fhir-validator", "ready", fhirValidation.isReady());
    }

    /** A check that is always UP (the node serves meanwhile) and tells one fact about itself. */
    private static JsonObject upWith(String name, String fact, boolean value) {
        return JSON.createObjectBuilder()
                .add("name", name)
                .add("status", "UP")
                .add("data", JSON.createObjectBuilder().add(fact, value))
                .build();
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
