package org.refract.it.casework;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.refract.it.casework.CaseRequests.RESPIRATORY_CLINICIAN;
import static org.refract.it.casework.CaseRequests.RESPIRATORY_PHARMACIST;

import jakarta.ejb.EJB;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.refract.domain.casework.CaseStatus;
import org.refract.it.AsUser;
import org.refract.it.Deployments;
import org.refract.it.PortalSession;
import org.refract.service.casework.CaseDetail;
import org.refract.service.casework.CaseService;

/**
 * What a session keeps of the pages it opened (issue 16: per-user state): the views of the last six pages, so that a
 * user's few open tabs keep working while a session no longer grows to a megabyte; a form in an older page answers
 * with the expired-view page. Read-only pages (the worklist, home, search, knowledge) are stateless views and take
 * none of those places. A view state is only good in the session that received it, so a post forged from
 * another site (or another session) is refused.
 */
@ExtendWith(ArquillianExtension.class)
class ViewStateIT {

    private static final String PASSWORD = "refract-demo-2026";
    private static final int VIEWS_KEPT = 6;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.portalWithTests();
    }

    @EJB
    AsUser as;

    @EJB
    CaseService cases;

    @Test
    void aSessionKeepsTheViewsOfItsLastSixPages() throws Exception {
        CaseDetail asthma = as.call(RESPIRATORY_CLINICIAN, () -> cases.create(CaseRequests.severeAsthma("Views")));
        PortalSession browser =
                PortalSession.logIn(PortalSession.portalOfThisServer(), RESPIRATORY_CLINICIAN, PASSWORD);
        String page = summaryForm(asthma);

        List<HttpResponse<String>> opened = new ArrayList<>();
        for (int i = 0; i <= VIEWS_KEPT; i++) {
            opened.add(browser.get(page));
        }
        HttpResponse<String> oldest = opened.get(0);
        HttpResponse<String> oldestKept = opened.get(1);

        // the kept one first: the expired-view page is a page too, and its view would push the oldest kept one out
        HttpResponse<String> kept = postSummaryForm(browser, oldestKept);
        HttpResponse<String> expired = postSummaryForm(browser, oldest);
        assertAll(
                () -> assertEquals(200, kept.statusCode()),
                () -> assertTrue(kept.body().contains("description-form:summary"), "the sixth page back still works"),
                () -> assertFalse(
                        expired.body().contains("description-form:summary"), "the seventh page back has expired"),
                () -> assertTrue(expired.body().contains("Your page expired"), expired::body));
    }

    @Test
    void readOnlyPagesKeepNothingInTheSession() throws Exception {
        CaseDetail asthma = as.call(RESPIRATORY_CLINICIAN, () -> cases.create(CaseRequests.severeAsthma("Stateless")));
        PortalSession browser =
                PortalSession.logIn(PortalSession.portalOfThisServer(), RESPIRATORY_CLINICIAN, PASSWORD);
        HttpResponse<String> casePage = browser.get(summaryForm(asthma));

        List<String> readOnly = List.of(
                "cases/case.xhtml?id=" + asthma.id(),
                "cases/case.xhtml?id=" + asthma.id() + "&tab=history",
                "cases/case.xhtml?id=" + asthma.id() + "&tab=assessment",
                "cases/index.xhtml",
                "cases/index.xhtml?status=DRAFT&sort=patient&dir=asc",
                "home.xhtml",
                "search.xhtml?q=asthma",
                "knowledge/index.xhtml");
        List<String> viewStates = new ArrayList<>();
        for (int i = 0; i <= VIEWS_KEPT; i++) {
            for (String page : readOnly) {
                HttpResponse<String> answer = browser.get(page);
                assertEquals(200, answer.statusCode(), page);
                viewStates.add(page + ": " + PortalSession.viewStateOf(answer.body()));
            }
        }
        HttpResponse<String> edited = postSummaryForm(browser, casePage);

        assertAll(
                () -> assertTrue(viewStates.stream().allMatch(v -> v.endsWith(": stateless")), viewStates::toString),
                () -> assertTrue(
                        edited.body().contains("description-form:summary"),
                        "the case page opened before them still works: they took none of its places"));
    }

    @Test
    void aStatelessTabsWorkflowButtonActsOnTheVersionItShowed() throws Exception {
        CaseDetail asthma = as.call(RESPIRATORY_CLINICIAN, () -> cases.create(CaseRequests.severeAsthma("Workflow")));
        PortalSession browser =
                PortalSession.logIn(PortalSession.portalOfThisServer(), RESPIRATORY_CLINICIAN, PASSWORD);
        String history = "cases/case.xhtml?id=" + asthma.id() + "&tab=history";

        HttpResponse<String> shown = browser.get(history);
        assertEquals("stateless", PortalSession.viewStateOf(shown.body()));
        as.call(
                RESPIRATORY_CLINICIAN,
                () -> cases.describe(asthma.id(), asthma.version(), "Changed meanwhile", asthma.summary(), null));
        HttpResponse<String> stale = submitForReview(browser, shown);
        CaseStatus afterStale =
                as.call(RESPIRATORY_CLINICIAN, () -> cases.get(asthma.id())).status();

        HttpResponse<String> current = submitForReview(browser, browser.get(history));
        CaseStatus afterCurrent =
                as.call(RESPIRATORY_CLINICIAN, () -> cases.get(asthma.id())).status();

        assertAll(
                () -> assertEquals(200, stale.statusCode(), "a refused step shows the page again"),
                () -> assertTrue(stale.body().contains("saved a change to this case"), stale::body),
                () -> assertTrue(
                        Pattern.compile("reload-case\"\\s+href=\"/portal/cases/case\\.xhtml\\?id=" + asthma.id()
                                        + "&amp;tab=history\"")
                                .matcher(stale.body())
                                .find(),
                        "the conflict's reload is a link to the tab's address"),
                () -> assertEquals(CaseStatus.DRAFT, afterStale, "a change on a version not shown is refused"),
                () -> assertEquals(302, current.statusCode(), current::body),
                () -> assertTrue(
                        current.headers()
                                .firstValue("Location")
                                .orElse("")
                                .matches(".*/cases/case\\.xhtml\\?(id=" + asthma.id() + "&tab=history|tab=history&id="
                                        + asthma.id() + ")"),
                        "a step taken goes back to the tab's address: "
                                + current.headers().map()),
                () -> assertEquals(CaseStatus.READY_FOR_REVIEW, afterCurrent, "on the version shown it is made"));
    }

    /**
     * Mojarra files a record of a view's view-scoped beans in the session and kept it after the view had left (about
     * 1 KB per case page opened, until the session ended): the records are no more than the live view maps, however
     * many pages were opened, stateful or stateless.
     */
    @Test
    void aSessionKeepsTheBeansRecordsOfItsLiveViewsOnly() throws Exception {
        CaseDetail asthma = as.call(RESPIRATORY_CLINICIAN, () -> cases.create(CaseRequests.severeAsthma("Records")));
        PortalSession browser =
                PortalSession.logIn(PortalSession.portalOfThisServer(), RESPIRATORY_CLINICIAN, PASSWORD);
        for (int i = 0; i < 3 * VIEWS_KEPT; i++) {
            browser.get(summaryForm(asthma));
            browser.get("cases/case.xhtml?id=" + asthma.id());
            browser.get("cases/case.xhtml?id=" + asthma.id() + "&tab=history");
        }
        HttpResponse<String> edited = postSummaryForm(browser, browser.get(summaryForm(asthma)));
        String[] counts = browser.get("it/view-contexts").body().strip().split(" ");
        int records = Integer.parseInt(counts[0]);
        int viewMaps = Integer.parseInt(counts[1]);

        assertAll(
                () -> assertTrue(edited.body().contains("description-form:summary"), "the newest page still works"),
                () -> assertTrue(records > 0, "Mojarra keeps the records under the name StaleViewContexts prunes"),
                () -> assertTrue(
                        records <= viewMaps && viewMaps <= VIEWS_KEPT,
                        "records " + records + ", view maps " + viewMaps));
    }

    /**
     * A stateful tab's view keeps the case's id and the version it showed, not the record: a postback reads the
     * record again, and a change still acts on the version the page showed, whatever the form's field says.
     */
    @Test
    void aStatefulTabReadsTheCaseAgainAndActsOnTheVersionItShowed() throws Exception {
        CaseDetail asthma = as.call(RESPIRATORY_CLINICIAN, () -> cases.create(CaseRequests.severeAsthma("Kept")));
        PortalSession browser =
                PortalSession.logIn(PortalSession.portalOfThisServer(), RESPIRATORY_CLINICIAN, PASSWORD);
        HttpResponse<String> shown = browser.get(summaryForm(asthma));
        assertFalse("stateless".equals(PortalSession.viewStateOf(shown.body())), "the summary's form keeps a view");
        CaseDetail changed = as.call(
                RESPIRATORY_CLINICIAN,
                () -> cases.describe(asthma.id(), asthma.version(), "Changed meanwhile", asthma.summary(), null));

        HttpResponse<String> editing = postSummaryForm(browser, shown);
        HttpResponse<String> stale =
                browser.submitFields(shown, "status-form", submitStep(String.valueOf(changed.version())));
        CaseStatus afterStale =
                as.call(RESPIRATORY_CLINICIAN, () -> cases.get(asthma.id())).status();

        assertAll(
                () -> assertTrue(editing.body().contains("Changed meanwhile"), "the postback read the case again"),
                () -> assertTrue(stale.body().contains("saved a change to this case"), stale::body),
                () -> assertEquals(
                        CaseStatus.DRAFT, afterStale, "the view's version counts, not the one the form sends"));
    }

    @Test
    void aViewStateOfAnotherSessionIsRefused() throws Exception {
        CaseDetail asthma = as.call(RESPIRATORY_CLINICIAN, () -> cases.create(CaseRequests.severeAsthma("Forged")));
        String page = summaryForm(asthma);
        PortalSession victim = PortalSession.logIn(PortalSession.portalOfThisServer(), RESPIRATORY_CLINICIAN, PASSWORD);
        PortalSession other = PortalSession.logIn(PortalSession.portalOfThisServer(), RESPIRATORY_PHARMACIST, PASSWORD);

        HttpResponse<String> ownPage = victim.get(page);
        HttpResponse<String> othersPage = other.get(page);
        HttpResponse<String> forged = postSummaryForm(victim, othersPage);
        HttpResponse<String> genuine = postSummaryForm(victim, ownPage);

        assertAll(
                () -> assertTrue(
                        genuine.body().contains("description-form:summary"), "the session's own view state works"),
                () -> assertFalse(
                        forged.body().contains("description-form:summary"),
                        "a view state of another session does not"));
    }

    /**
     * In a cluster a view saved on one node is restored on the other after a failover, by component id: the ids must
     * be the same on every node. Mojarra's default shortens a generated id to "j_idt" and a number counted in the
     * order this server first met the page's tags (another node, another order: the same view, other ids), so no
     * page may carry such an id; the facelet's own tag ids (com.sun.faces.useFaceletsID) are the same everywhere.
     */
    @Test
    void componentIdsAreTheSameOnEveryNode() throws Exception {
        CaseDetail asthma = as.call(RESPIRATORY_CLINICIAN, () -> cases.create(CaseRequests.severeAsthma("Ids")));
        PortalSession browser =
                PortalSession.logIn(PortalSession.portalOfThisServer(), RESPIRATORY_CLINICIAN, PASSWORD);
        Pattern serverCountedId = Pattern.compile("id=\"[^\"]*j_idt\\d+");
        List<String> pages =
                new ArrayList<>(List.of("home.xhtml", "cases/index.xhtml", "cases/new.xhtml", summaryForm(asthma)));
        for (String tab : List.of("", "&tab=measurements", "&tab=treatments", "&tab=discussion", "&tab=reviews")) {
            pages.add("cases/case.xhtml?id=" + asthma.id() + tab);
        }
        List<String> counted = new ArrayList<>();
        for (String page : pages) {
            HttpResponse<String> answer = browser.get(page);
            assertEquals(200, answer.statusCode(), page);
            Matcher id = serverCountedId.matcher(answer.body());
            if (id.find()) {
                counted.add(page + ": " + id.group());
            }
        }
        HttpResponse<String> edited = postSummaryForm(browser, browser.get(pages.get(3)));

        assertAll(
                () -> assertTrue(counted.isEmpty(), counted::toString),
                () -> assertTrue(edited.body().contains("description-form:summary"), "forms work with these ids"));
    }

    /** The header's "Submit for review" button, with the case version its page showed. */
    private static HttpResponse<String> submitForReview(PortalSession browser, HttpResponse<String> page)
            throws Exception {
        Matcher version =
                Pattern.compile("name=\"case-version\" value=\"(\\d+)\"").matcher(page.body());
        assertTrue(version.find(), "the version shown");
        assertTrue(
                page.body().contains("<button type=\"submit\" name=\"status-form:move\" value=\"READY_FOR_REVIEW\""),
                "a Submit for review button");
        return browser.submitFields(page, "status-form", submitStep(version.group(1)));
    }

    /** What the header's "Submit for review" button posts: its name and value, and the form's version field. */
    private static Map<String, String> submitStep(String version) {
        return Map.of("status-form:move", "READY_FOR_REVIEW", "case-version", version);
    }

    /** The Overview's summary form: a page of its own, a stateful view. */
    private static String summaryForm(CaseDetail asthma) {
        return "cases/case.xhtml?id=" + asthma.id() + "&edit=summary";
    }

    /**
     * Save on the summary's form with the required clinician left empty: a postback of the page's view, answered with
     * the form (and the header card, as read for that request) and the refusal; nothing is saved.
     */
    private static HttpResponse<String> postSummaryForm(PortalSession browser, HttpResponse<String> page)
            throws Exception {
        String form = "case-tabs:description-form";
        return browser.saveAjax(
                page, form, form + ":save", form + " case-header", Map.of(form + ":clinician_input", ""));
    }
}
