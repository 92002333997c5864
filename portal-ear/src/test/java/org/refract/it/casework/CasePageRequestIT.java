package org.refract.it.casework;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.refract.it.casework.CaseRequests.RESPIRATORY_CLINICIAN;

import jakarta.ejb.EJB;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.logging.Logger;
import org.hibernate.SessionFactory;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.refract.it.AsUser;
import org.refract.it.Deployments;
import org.refract.it.PortalSession;
import org.refract.it.SqlStatements;
import org.refract.it.SqlStatements.Measured;
import org.refract.service.casework.CaseDetail;
import org.refract.service.casework.CaseService;

/**
 * SQL statements per request (shared/PERFORMANCE.md), measured on the whole HTTP request of the case page as a
 * logged-in browser sends it: everything the page's beans, the layout and the view log do, and the same number on a
 * database of about 10 cases as on one of 1,000. Each tab is a page of its own ({@code ?tab=history}) that holds the
 * header card and that tab only: opening a case on its Overview costs at most six statements (the session's
 * security-stamp check that every request makes, the case with its measurements and the name of who saved it last,
 * its treatment lines with its clinical events, its findings, the view-log line, the header's notification count);
 * another tab of the same opening costs the same less the view-log line (a view is logged once per opening), plus
 * its own queries and nothing of the tabs not shown. A notification's link ({@code ?tab=discussion}) opens the case
 * on its Discussion tab.
 */
@ExtendWith(ArquillianExtension.class)
class CasePageRequestIT {

    private static final Logger LOG = Logger.getLogger(CasePageRequestIT.class.getName());

    private static final String PASSWORD = "refract-demo-2026";

    /** Opening a case on its Overview. */
    private static final int MAX_STATEMENTS = 6;

    /**
     * The header card without the view-log line (five), and the History's own: the case's team (which is the check
     * that the caller belongs to it), one audit query per audited part of the record (case, measurements, treatment
     * lines, findings) and the view log.
     */
    private static final int MAX_HISTORY_STATEMENTS = 11;

    /**
     * The header card without the view-log line (five), and the Discussion's own: its team's members, names only
     * (which is the check that the caller belongs to the team), the comments with their authors' names (their
     * mentions would add one statement, however many comments; there are none here).
     */
    private static final int MAX_DISCUSSION_STATEMENTS = 7;

    /** A notification's link: the Discussion tab as the opening of the case, with its view-log line. */
    private static final int MAX_DISCUSSION_OPENING_STATEMENTS = MAX_DISCUSSION_STATEMENTS + 1;

    private static final int REPEATS = 3;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.portalWithTests();
    }

    @EJB
    AsUser as;

    @EJB
    CaseService cases;

    @EJB
    SyntheticCases synthetic;

    @PersistenceContext
    EntityManager em;

    /** A measured request and what it answered. */
    record Request(String label, Measured<HttpResponse<String>> measured) {

        long count() {
            return measured.count();
        }

        String body() {
            return measured.result().body();
        }

        @Override
        public String toString() {
            return label + ": " + measured;
        }
    }

    @Test
    void theCasePageAndItsTabsCostTheSameFewStatementsOn10And1000Cases() throws Exception {
        SqlStatements sql = new SqlStatements(em.getEntityManagerFactory().unwrap(SessionFactory.class));
        CaseDetail asthma = as.call(RESPIRATORY_CLINICIAN, () -> cases.create(CaseRequests.fullSevereAsthma()));
        synthetic.add(Math.max(0, 10 - caseCount()));
        long small = caseCount();
        assertTrue(small >= 10 && small <= 200, "a small database: " + small);
        CaseDetail other = as.call(RESPIRATORY_CLINICIAN, () -> cases.create(CaseRequests.severeAsthma("Another")));
        PortalSession browser =
                PortalSession.logIn(PortalSession.portalOfThisServer(), RESPIRATORY_CLINICIAN, PASSWORD);
        String page = "cases/case.xhtml?id=" + asthma.id();
        String otherPage = "cases/case.xhtml?id=" + other.id();

        Request smallPage =
                cheapest(sql, "case page, " + small + " cases", opening(browser, otherPage, page), MAX_STATEMENTS);
        Request smallDiscussion = cheapest(
                sql,
                "case page ?tab=discussion, " + small + " cases",
                opening(browser, otherPage, page + "&tab=discussion"),
                MAX_DISCUSSION_OPENING_STATEMENTS);
        Request smallHistory = cheapest(
                sql, "History tab, " + small + " cases", tabOf(browser, page, "history"), MAX_HISTORY_STATEMENTS);
        Request smallThread = cheapest(
                sql,
                "Discussion tab, " + small + " cases",
                tabOf(browser, page, "discussion"),
                MAX_DISCUSSION_STATEMENTS);

        synthetic.add(1000 - caseCount());
        assertEquals(1000, caseCount());
        Request largePage = cheapest(sql, "case page, 1000 cases", opening(browser, otherPage, page), MAX_STATEMENTS);
        Request largeDiscussion = cheapest(
                sql,
                "case page ?tab=discussion, 1000 cases",
                opening(browser, otherPage, page + "&tab=discussion"),
                MAX_DISCUSSION_OPENING_STATEMENTS);
        Request largeHistory =
                cheapest(sql, "History tab, 1000 cases", tabOf(browser, page, "history"), MAX_HISTORY_STATEMENTS);
        Request largeThread = cheapest(
                sql, "Discussion tab, 1000 cases", tabOf(browser, page, "discussion"), MAX_DISCUSSION_STATEMENTS);

        LOG.info(String.join(
                "\n",
                smallPage.toString(),
                largePage.toString(),
                smallDiscussion.toString(),
                largeDiscussion.toString(),
                smallHistory.toString(),
                largeHistory.toString(),
                smallThread.toString(),
                largeThread.toString()));
        assertAll(
                () -> assertTrue(largePage.body().contains(asthma.pseudonym()), "the case is shown"),
                () -> assertTrue(
                        largePage.measured().statements().stream().noneMatch(q -> q.contains("password_hash")),
                        () -> "the page reads no password hash: " + largePage),
                () -> assertTrue(largePage.body().contains("id=\"latest-tiles\""), "the Overview is shown"),
                () -> assertFalse(largePage.body().contains("id=\"history-table\""), "History is not built"),
                () -> assertFalse(largePage.body().contains("discussion-thread"), "Discussion is not built"),
                () -> assertTrue(
                        largeDiscussion.body().contains("discussion-thread"), "?tab=discussion shows the thread"),
                () -> assertTrue(
                        largeThread.measured().statements().stream().noneMatch(q -> q.contains("password_hash")),
                        () -> "the Discussion tab reads no password hash: " + largeThread),
                () -> assertTrue(
                        largeDiscussion.measured().statements().stream().noneMatch(q -> q.contains("password_hash")),
                        () -> "nor does the case opened on it: " + largeDiscussion),
                () -> assertFalse(largeDiscussion.body().contains("id=\"latest-tiles\""), "and not the Overview"),
                () -> assertTrue(
                        largeDiscussion.body().contains("refract/js/discussion.js"), "with the discussion's script"),
                () -> assertTrue(largeThread.body().contains("discussion-thread"), "the Discussion tab's content"),
                () -> assertTrue(largeHistory.body().contains("history-table"), "the History tab's content"),
                () -> assertTrue(largeHistory.body().contains("Measurement"), "the audit trail"),
                () -> assertTrue(largeHistory.body().contains("id=\"view-log\""), "the view log"),
                () -> assertFalse(largeHistory.body().contains("id=\"latest-tiles\""), "not the Overview"),
                () -> assertFalse(largeHistory.body().contains("case-chart.js"), "nor another tab's script"),
                () -> assertTrue(
                        largeHistory.measured().statements().stream().noneMatch(CasePageRequestIT::viewLogLine),
                        () -> "another tab of the same opening writes no view-log line: " + largeHistory),
                () -> assertTrue(
                        largePage.measured().statements().stream().anyMatch(CasePageRequestIT::viewLogLine),
                        () -> "an opening writes one: " + largePage),
                () -> assertEquals(smallPage.count(), largePage.count(), () -> smallPage + "\nvs " + largePage),
                () -> assertEquals(
                        smallDiscussion.count(),
                        largeDiscussion.count(),
                        () -> smallDiscussion + "\nvs " + largeDiscussion),
                () -> assertEquals(
                        smallHistory.count(), largeHistory.count(), () -> smallHistory + "\nvs " + largeHistory),
                () -> assertTrue(largePage.count() <= MAX_STATEMENTS, largePage::toString),
                () -> assertTrue(
                        largeDiscussion.count() <= MAX_DISCUSSION_OPENING_STATEMENTS, largeDiscussion::toString),
                () -> assertEquals(smallThread.count(), largeThread.count(), () -> smallThread + "\nvs " + largeThread),
                () -> assertTrue(largeHistory.count() <= MAX_HISTORY_STATEMENTS, largeHistory::toString),
                () -> assertTrue(largeThread.count() <= MAX_DISCUSSION_STATEMENTS, largeThread::toString));
    }

    private static boolean viewLogLine(String statement) {
        return statement.strip().toLowerCase(java.util.Locale.ROOT).startsWith("insert into case_view");
    }

    /** A page that opens the case: another case's page first (unmeasured), so that this one is a new opening. */
    private static Prepared opening(PortalSession browser, String otherPage, String page) {
        return () -> {
            check(browser.get(otherPage));
            return () -> browser.get(page);
        };
    }

    /** Another tab of an opening: the case's page first (unmeasured), then the tab's own page. */
    private static Prepared tabOf(PortalSession browser, String page, String tab) {
        return () -> {
            check(browser.get(page));
            return () -> browser.get(page + "&tab=" + tab);
        };
    }

    private interface HttpCall {
        HttpResponse<String> call() throws Exception;
    }

    /** Whatever must happen before a measured request (opening the page a tab belongs to), unmeasured. */
    private interface Prepared {
        HttpCall prepare() throws Exception;
    }

    /**
     * The request after one warm-up, measured {@link #REPEATS} times: the cheapest run, and every run within the
     * target and within one statement of the others.
     */
    private Request cheapest(SqlStatements sql, String label, Prepared prepared, int max) throws Exception {
        check(prepared.prepare().call());
        List<Measured<HttpResponse<String>>> runs = new ArrayList<>();
        for (int i = 0; i < REPEATS; i++) {
            HttpCall request = prepared.prepare();
            runs.add(sql.measure(() -> check(request.call())));
        }
        Measured<HttpResponse<String>> cheapest =
                runs.stream().min(Comparator.comparingLong(Measured::count)).orElseThrow();
        Measured<HttpResponse<String>> dearest =
                runs.stream().max(Comparator.comparingLong(Measured::count)).orElseThrow();
        assertTrue(dearest.count() <= cheapest.count() + 1, () -> label + ", runs differ: " + runs);
        assertTrue(dearest.count() <= max, () -> label + ", dearest run: " + dearest);
        return new Request(label, cheapest);
    }

    private static HttpResponse<String> check(HttpResponse<String> response) {
        assertEquals(200, response.statusCode(), () -> response.uri() + " answered " + response.statusCode());
        assertFalse(response.body().contains("<error>"), () -> response.uri() + " answered " + response.body());
        return response;
    }

    private long caseCount() {
        return em.createQuery("select count(c) from ClinicalCase c", Long.class).getSingleResult();
    }
}
