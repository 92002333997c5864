package org.refract.it.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletRegistration;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.refract.it.AsUser;
import org.refract.it.Deployments;
import org.refract.it.PortalSession;
import org.refract.it.api.ApiClient;
import org.refract.service.catalog.CatalogService;
import org.refract.service.catalog.ConditionCatalog;
import org.refract.service.review.AgendaRow;
import org.refract.service.review.MeetingDetail;
import org.refract.service.review.MeetingRow;
import org.refract.service.review.MeetingScheduleService;

/**
 * The authorisation matrix (issue 14): every page, every download servlet and every API operation, requested
 * anonymously, as a clinician, a chair and an administrator, and as a clinician of another team, with the real ids
 * of a respiratory case, meeting and agenda item. {@link #MATRIX} says what each must answer; the test fails when a
 * page, servlet mapping or described API operation exists that the matrix does not list (or the other way round), so
 * a new one cannot go unchecked.
 * <p>
 * Cells: {@code L} a redirect to the login page; {@code OK} the page or answer itself (2xx, or a redirect that is
 * not to the login page); a number that exact status; {@code -} not asked (a change that would alter data, or a
 * subject for which the cell says nothing new).
 */
@ExtendWith(ArquillianExtension.class)
class AuthorisationMatrixIT {

    private static final String PASSWORD = "refract-demo-2026";

    /** Who asks: nobody, a respiratory clinician, its chair, the administrator, a neuromuscular clinician. */
    enum Subject {
        ANONYMOUS(null),
        CLINICIAN("resp.pulm"),
        CHAIR("resp.chair"),
        ADMIN("admin"),
        OTHER_TEAM("neuro.neuro");

        final String username;

        Subject(String username) {
            this.username = username;
        }
    }

    /**
     * What each subject gets: the target (a page or servlet path under the portal, or "METHOD /api/…" as the API
     * description names it), then one cell per {@link Subject}, in order.
     */
    static final String MATRIX = """
            /login.xhtml                                        200 -   -   -   -
            /index.xhtml                                        L   OK  OK  OK  -
            /home.xhtml                                         L   OK  OK  OK  -
            /search.xhtml?q=asthma                              L   OK  OK  OK  OK
            /notifications.xhtml                                L   OK  OK  403 -
            /developers.xhtml                                   L   OK  OK  OK  -
            /account/password.xhtml                             L   OK  OK  OK  -
            /analytics/index.xhtml                              L   OK  OK  403 -
            /analytics/export.csv                               L   OK  OK  403 -
            /cases/index.xhtml                                  L   OK  OK  403 -
            /cases/new.xhtml                                    L   OK  OK  403 -
            /cases/case.xhtml?id={case}                         L   OK  OK  403 404
            /cases/fhir?id={case}                               L   OK  OK  403 404
            /meetings/index.xhtml                               L   OK  OK  403 -
            /meetings/meeting.xhtml?id={meeting}                L   OK  OK  403 404
            /meetings/case.xhtml?meeting={meeting}&item={item}  L   OK  OK  403 404
            /meetings/meeting.ics?id={meeting}                  L   OK  OK  403 404
            /meetings/letter.pdf?meeting={signedMeeting}&item={signedItem} L OK OK 403 404
            /meetings/quorum.xhtml?team=respiratory             L   OK  OK  403 404
            /knowledge/index.xhtml                              L   OK  OK  OK  -
            /knowledge/article.xhtml?slug={article}             L   OK  OK  OK  -
            /knowledge/factor.xhtml?code={factor}               L   OK  OK  OK  -
            /knowledge/therapy.xhtml?code={therapy}             L   OK  OK  OK  -
            /notifications/unread                               L   OK  OK  403 -
            /health                                             200 200 200 200 -
            /health/live                                        200 200 200 200 -
            /health/ready                                       200 200 200 200 -
            /admin/index.xhtml                                  L   403 403 OK  -
            /admin/security/index.xhtml                         L   403 403 OK  -
            /admin/users/index.xhtml                            L   403 403 OK  -
            /admin/users/new.xhtml                              L   403 403 OK  -
            /admin/users/edit.xhtml?username=resp.pharm         L   403 403 OK  -
            /admin/teams/index.xhtml                            L   403 403 OK  -
            /admin/teams/new.xhtml                              L   403 403 OK  -
            /admin/teams/edit.xhtml?code=respiratory            L   403 403 OK  -
            /admin/articles/index.xhtml                         L   403 403 OK  -
            /admin/articles/edit.xhtml?slug={article}           L   403 403 OK  -
            /admin/catalogue/index.xhtml                        L   403 403 OK  -
            /admin/catalogue/condition.xhtml?code=severe-asthma L   403 403 OK  -
            /admin/catalogue/factor.xhtml?code={factor}         L   403 403 OK  -
            /admin/catalogue/instrument.xhtml                   L   403 403 OK  -
            /admin/catalogue/therapy.xhtml?code={therapy}       L   403 403 OK  -
            /admin/rules/index.xhtml                            L   403 403 OK  -
            /admin/rules/edit.xhtml?code=refractory:severe-asthma L 403 403 OK -
            /admin/trials/index.xhtml                           L   403 403 OK  -
            /admin/trials/edit.xhtml                            L   403 403 OK  -
            GET /api/openapi.json                               401 200 200 200 -
            GET /api/me                                         401 200 200 200 -
            GET /api/users                                      401 403 403 200 -
            PUT /api/users/{username}                           401 403 403 -   -
            POST /api/users/{username}/grant/approval           401 403 403 -   -
            DELETE /api/users/{username}/grant                  401 403 403 -   -
            GET /api/cases                                      401 200 200 403 -
            POST /api/cases                                     401 -   -   403 -
            POST /api/cases/import                              401 -   -   403 -
            GET /api/cases/{id}                                 401 200 200 403 404
            PUT /api/cases/{id}                                 401 -   -   403 404
            GET /api/cases/{id}/events                          401 200 200 403 404
            POST /api/cases/{id}/events                         401 -   -   403 404
            GET /api/cases/{id}/outcomes                        401 200 200 403 404
            POST /api/cases/{id}/outcomes                       401 -   -   403 404
            GET /api/cases/{id}/assessment                      401 200 200 403 404
            GET /api/cases/{id}/fhir                            401 200 200 403 404
            GET /api/analytics                                  401 200 200 403 -
            GET /api/articles                                   401 200 200 200 -
            GET /api/articles/{slug}                            401 200 200 200 -
            POST /api/articles                                  401 403 403 -   -
            PUT /api/articles/{slug}                            401 403 403 -   -
            POST /api/articles/{slug}/status                    401 403 403 -   -
            """;

    /** Bodies that pass validation, for the operations whose other-team cell must reach the team check. */
    private static final Map<String, String> VALID_BODIES = Map.of(
            "PUT /api/cases/{id}",
            "{\"version\": 0, \"title\": \"Authorisation matrix\"}",
            "POST /api/cases/{id}/outcomes",
            "{\"recommendationId\": 1, \"outcome\": \"RESPONDER\", \"reviewedOn\": \"2026-01-01\"}");

    /** Servlet mappings that are not pages or downloads of their own: Faces, the API, the container's defaults. */
    private static final Set<String> INFRASTRUCTURE_MAPPINGS =
            Set.of("*.xhtml", "/jakarta.faces.resource/*", "/api/*", "/", "*.jsp", "*.jspx");

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.portalWithTests();
    }

    @Inject
    ServletContext servletContext;

    @EJB
    AsUser as;

    @EJB
    MeetingScheduleService meetings;

    @EJB
    CatalogService catalog;

    private final URI portal = PortalSession.portalOfThisServer();
    private final HttpClient anonymous = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    @Test
    void everyPageServletAndApiOperationIsInTheMatrix() throws Exception {
        Map<String, List<String>> matrix = matrix();
        Set<String> listed = new TreeSet<>();
        matrix.keySet().forEach(target -> listed.add(target.replaceAll("\\?.*", "")));

        Set<String> existing = new TreeSet<>();
        pages("/", existing);
        for (ServletRegistration servlet :
                servletContext.getServletRegistrations().values()) {
            if (isTestRunner(servlet) || isTestProbe(servlet)) {
                continue; // the test runner's own servlet and the tests' probes, only in this test deployment
            }
            servlet.getMappings().stream()
                    .filter(mapping -> !INFRASTRUCTURE_MAPPINGS.contains(mapping))
                    .forEach(existing::add);
        }
        JsonObject paths =
                json(api(Subject.CLINICIAN).get("openapi.json").body()).getJsonObject("paths");
        for (Map.Entry<String, JsonValue> path : paths.entrySet()) {
            for (String method : path.getValue().asJsonObject().keySet()) {
                existing.add(
                        method.toUpperCase(Locale.ROOT) + " " + path.getKey().replaceFirst("^/portal", ""));
            }
        }
        assertEquals(existing, listed, "the matrix lists exactly the pages, servlets and API operations there are");
    }

    @Test
    void everySubjectGetsWhatTheMatrixSays() throws Exception {
        Map<String, String> ids = ids();
        Map<Subject, PortalSession> sessions = new EnumMap<>(Subject.class);
        for (Subject subject : Subject.values()) {
            if (subject.username != null) {
                sessions.put(subject, PortalSession.logIn(portal, subject.username, PASSWORD));
            }
        }
        List<String> wrong = new ArrayList<>();
        for (Map.Entry<String, List<String>> row : matrix().entrySet()) {
            String target = row.getKey();
            for (Subject subject : Subject.values()) {
                String cell = row.getValue().get(subject.ordinal());
                if (cell.equals("-")) {
                    continue;
                }
                HttpResponse<String> answer = target.startsWith("/")
                        ? page(sessions.get(subject), substitute(target, ids).substring(1))
                        : apiCall(subject, target, ids);
                if (!matches(cell, answer)) {
                    wrong.add(target + " as " + subject + ": expected " + cell + ", got " + answer.statusCode() + " "
                            + answer.headers().firstValue("Location").orElse(""));
                }
            }
        }
        assertEquals(List.of(), wrong);
    }

    private static boolean isTestRunner(ServletRegistration servlet) {
        return (servlet.getName() + " " + servlet.getClassName() + " " + servlet.getMappings())
                .toLowerCase(Locale.ROOT)
                .contains("arquillian");
    }

    /** A servlet of the tests' own package ({@code ViewContextsProbe}), which only the test deployment holds. */
    private static boolean isTestProbe(ServletRegistration servlet) {
        return servlet.getClassName().startsWith(Deployments.class.getPackageName() + ".");
    }

    private static boolean matches(String cell, HttpResponse<String> answer) {
        int status = answer.statusCode();
        boolean toLogin = status == 302
                && answer.headers().firstValue("Location").orElse("").contains("login.xhtml");
        return switch (cell) {
            case "L" -> toLogin;
            case "OK" -> (status >= 200 && status < 300) || (status >= 300 && status < 400 && !toLogin);
            default -> status == Integer.parseInt(cell);
        };
    }

    private HttpResponse<String> page(PortalSession session, String path) throws IOException {
        if (session != null) {
            return session.get(path);
        }
        try {
            return anonymous.send(
                    HttpRequest.newBuilder(portal.resolve(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    /**
     * An API operation as the subject. A change sends an empty object (a role that may not call it is refused before
     * the body is read), or where another team's id is asked for, a body that passes validation, so that the answer
     * is the team check's.
     */
    private HttpResponse<String> apiCall(Subject subject, String target, Map<String, String> ids) throws Exception {
        String method = target.substring(0, target.indexOf(' '));
        String path = substitute(target.substring(target.indexOf(' ') + 1), ids).replaceFirst("^/api/", "");
        String body = method.equals("GET") || method.equals("DELETE") ? null : VALID_BODIES.getOrDefault(target, "{}");
        return api(subject).send(method, path, body);
    }

    private ApiClient api(Subject subject) throws Exception {
        return subject.username == null
                ? ApiClient.anonymous(portal.toURL())
                : ApiClient.as(portal.toURL(), subject.username, PASSWORD);
    }

    /** Real ids of the respiratory team's data (the demo's), and catalogue codes the knowledge pages show. */
    private Map<String, String> ids() throws Exception {
        Map<String, String> ids = new LinkedHashMap<>();
        JsonObject cases = json(api(Subject.CLINICIAN).get("cases?size=1").body());
        ids.put(
                "case",
                cases.getJsonArray("items").getJsonObject(0).getJsonNumber("id").toString());
        ids.put("id", ids.get("case"));
        MeetingDetail meeting = as.call(Subject.CHAIR.username, () -> {
            for (MeetingRow row : meetings.calendar(
                    LocalDate.now().minusYears(3), LocalDate.now().plusYears(1))) {
                MeetingDetail detail = meetings.get(row.id());
                if ("respiratory".equals(detail.teamCode()) && !detail.agenda().isEmpty()) {
                    return detail;
                }
            }
            throw new AssertionError("no respiratory meeting with an agenda");
        });
        ids.put("meeting", String.valueOf(meeting.id()));
        ids.put("item", String.valueOf(meeting.agenda().get(0).itemId()));
        AgendaRow signed = as.call(Subject.CHAIR.username, () -> {
            for (MeetingRow row : meetings.calendar(
                    LocalDate.now().minusYears(3), LocalDate.now().plusYears(1))) {
                MeetingDetail detail = meetings.get(row.id());
                if ("respiratory".equals(detail.teamCode())) {
                    for (AgendaRow item : detail.agenda()) {
                        if (item.signed()) {
                            ids.put("signedMeeting", String.valueOf(detail.id()));
                            return item;
                        }
                    }
                }
            }
            throw new AssertionError("no signed recommendation in a respiratory meeting");
        });
        ids.put("signedItem", String.valueOf(signed.itemId()));
        ids.put(
                "article",
                json(api(Subject.CLINICIAN).get("articles").body())
                        .getJsonArray("items")
                        .getJsonObject(0)
                        .getString("slug"));
        ids.put("slug", ids.get("article"));
        ConditionCatalog asthma = catalog.forCondition("severe-asthma").orElseThrow();
        ids.put("factor", asthma.factors().get(0).code());
        ids.put("therapy", asthma.therapies().get(0).code());
        ids.put("username", "resp.pharm");
        return ids;
    }

    private static String substitute(String target, Map<String, String> ids) {
        String result = target;
        for (Map.Entry<String, String> id : ids.entrySet()) {
            result = result.replace("{" + id.getKey() + "}", id.getValue());
        }
        return result;
    }

    /** The pages of the web application: every .xhtml outside WEB-INF, META-INF and resources. */
    private void pages(String folder, Set<String> pages) {
        Set<String> entries = servletContext.getResourcePaths(folder);
        if (entries == null) {
            return;
        }
        for (String entry : entries) {
            if (entry.startsWith("/WEB-INF/") || entry.startsWith("/META-INF/") || entry.startsWith("/resources/")) {
                continue;
            }
            if (entry.endsWith("/")) {
                pages(entry, pages);
            } else if (entry.endsWith(".xhtml")) {
                pages.add(entry);
            }
        }
    }

    private static Map<String, List<String>> matrix() {
        Map<String, List<String>> rows = new LinkedHashMap<>();
        for (String line : MATRIX.strip().split("\n")) {
            List<String> cells = List.of(line.strip().split("\\s+"));
            boolean api = !cells.get(0).startsWith("/");
            String target = api ? cells.get(0) + " " + cells.get(1) : cells.get(0);
            List<String> expected = cells.subList(api ? 2 : 1, cells.size());
            assertEquals(Subject.values().length, expected.size(), "one cell per subject: " + line);
            rows.put(target, expected);
        }
        return rows;
    }

    private static JsonObject json(String body) {
        try (var reader = Json.createReader(new StringReader(body))) {
            return reader.readObject();
        }
    }
}
