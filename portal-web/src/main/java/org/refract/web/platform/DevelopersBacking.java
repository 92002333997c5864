package org.refract.web.platform;

import static org.refract.domain.shared.JsonValues.JSON;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.refract.web.api.ApiDocs;
import org.refract.web.api.description.OpenApiDocument;

/** {@code /developers.xhtml}: the operations of the REST API, read from its OpenAPI description. */
@Named
@RequestScoped
public class DevelopersBacking {

    /** One operation of the API as the page lists it. */
    public record ApiOperationRow(String method, String path, String summary, String roles) {}

    @Inject
    OpenApiDocument document;

    private List<ApiOperationRow> operations;

    public List<ApiOperationRow> getOperations() {
        if (operations == null) {
            operations = operations(document.json());
        }
        return operations;
    }

    static List<ApiOperationRow> operations(String description) {
        JsonObject paths =
                JSON.createReader(new StringReader(description)).readObject().getJsonObject("paths");
        List<ApiOperationRow> rows = new ArrayList<>();
        for (Map.Entry<String, JsonValue> path : paths.entrySet()) {
            for (Map.Entry<String, JsonValue> operation :
                    path.getValue().asJsonObject().entrySet()) {
                JsonObject described = operation.getValue().asJsonObject();
                rows.add(new ApiOperationRow(
                        operation.getKey().toUpperCase(Locale.ROOT),
                        path.getKey(),
                        described.getString("summary", ""),
                        described.getString(ApiDocs.ROLES, "").replace(",", ", ")));
            }
        }
        return rows;
    }
}
