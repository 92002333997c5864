package org.refract.web.casework;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.OptionalLong;
import org.refract.web.api.cases.FhirExport;
import org.refract.web.shared.Download;

/**
 * {@code /cases/fhir?id=N}: the case page's "Export as FHIR" download, the same Bundle as
 * {@code GET /api/cases/{id}/fhir} with the same checks (the {@code /cases/*} constraint lets clinicians and chairs
 * in, the service serves members of the case's team only) and the same entry in the case's view log.
 */
@WebServlet("/cases/fhir")
public class CaseFhirServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient FhirExport export;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        OptionalLong id = Download.id(request, "id");
        Optional<String> bundle = Download.fetch(response, id, export::bundle);
        if (bundle.isPresent()) {
            Download.send(
                    response,
                    FhirExport.MEDIA_TYPE + "; charset=UTF-8",
                    FhirExport.fileName(id.getAsLong()),
                    bundle.get().getBytes(StandardCharsets.UTF_8));
        }
    }
}
