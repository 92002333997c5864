package org.refract.it.casework;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.refract.it.casework.CaseRequests.NEUROMUSCULAR_CLINICIAN;
import static org.refract.it.casework.CaseRequests.RESPIRATORY_CLINICIAN;

import jakarta.ejb.EJB;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.logging.Logger;
import org.hibernate.SessionFactory;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.refract.arquillian.FreshDeployment;
import org.refract.it.AsUser;
import org.refract.it.DatabaseSensitive;
import org.refract.it.Deployments;
import org.refract.it.SqlStatements;
import org.refract.it.SqlStatements.Measured;
import org.refract.service.casework.CaseDetail;
import org.refract.service.casework.CaseService;
import org.refract.service.casework.WorklistPage;
import org.refract.service.casework.WorklistQuery;
import org.refract.service.casework.WorklistService;
import org.refract.service.casework.WorklistSort;

/**
 * SQL statements per request (shared/PERFORMANCE.md): a worklist page and a case page cost at most five statements,
 * and the same number on a database of 10 cases as on one of 1,000, each with about ten measurements and three
 * treatment lines.
 */
@DatabaseSensitive
@FreshDeployment
@ExtendWith(ArquillianExtension.class)
class CaseStatementCountIT {

    private static final Logger LOG = Logger.getLogger(CaseStatementCountIT.class.getName());

    private static final int MAX_STATEMENTS = 5;

    /** Repeats per measurement: an id-block fetch from refract_seq (1 in 50 inserts) may fall into one of them. */
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
    org.refract.service.decision.AssessmentService assessments;

    @EJB
    org.refract.service.decision.ReviewDueService reviews;

    @EJB
    WorklistService worklist;

    @EJB
    SyntheticCases synthetic;

    @PersistenceContext
    EntityManager em;

    @Test
    void worklistAndCasePageCostTheSameFewStatementsOn10And1000Cases() throws Exception {
        SqlStatements sql = new SqlStatements(em.getEntityManagerFactory().unwrap(SessionFactory.class));
        CaseDetail asthma = as.call(RESPIRATORY_CLINICIAN, () -> cases.create(CaseRequests.fullSevereAsthma()));
        CaseDetail myasthenia =
                as.call(NEUROMUSCULAR_CLINICIAN, () -> cases.create(CaseRequests.fullMyastheniaGravis()));
        assertEquals(10, asthma.observations().size());
        assertEquals(3, asthma.treatmentLines().size());
        assertEquals(10, myasthenia.observations().size());
        // The deployment holds demo showcase cases, and other tests of the run may have recorded some: top up to
        // at least 10; "small" is whatever that gives, as long as it stays far below the 1,000 compared with.
        synthetic.add((int) Math.max(0, 10 - caseCount()));
        long small = caseCount();
        assertTrue(small >= 10 && small <= 200, "a small database: " + small);
        Measured<WorklistPage> smallWorklist = cheapest(sql, RESPIRATORY_CLINICIAN, this::worklistPage);
        Measured<CaseDetail> smallAsthmaPage = cheapest(sql, RESPIRATORY_CLINICIAN, () -> casePage(asthma.id()));
        Measured<CaseDetail> smallMyastheniaPage =
                cheapest(sql, NEUROMUSCULAR_CLINICIAN, () -> casePage(myasthenia.id()));

        synthetic.add((int) (1000 - caseCount()));
        assertEquals(1000, caseCount());
        Measured<WorklistPage> largeWorklist = cheapest(sql, RESPIRATORY_CLINICIAN, this::worklistPage);
        Measured<CaseDetail> largeAsthmaPage = cheapest(sql, RESPIRATORY_CLINICIAN, () -> casePage(asthma.id()));
        Measured<CaseDetail> largeMyastheniaPage =
                cheapest(sql, NEUROMUSCULAR_CLINICIAN, () -> casePage(myasthenia.id()));

        LOG.info("Worklist page, 10 cases: " + smallWorklist + "\nWorklist page, 1000 cases: " + largeWorklist
                + "\nSevere-asthma case page, 10 cases: " + smallAsthmaPage
                + "\nSevere-asthma case page, 1000 cases: " + largeAsthmaPage
                + "\nMyasthenia case page, 10 cases: " + smallMyastheniaPage
                + "\nMyasthenia case page, 1000 cases: " + largeMyastheniaPage);
        assertTrue(largeWorklist.result().total() > smallWorklist.result().total(), "the worklist grew");
        assertEquals(25, largeWorklist.result().rows().size(), "a full page");
        assertEquals(10, largeAsthmaPage.result().observations().size());
        assertAll(
                () -> assertEquals(
                        smallWorklist.count(),
                        largeWorklist.count(),
                        () -> "worklist: " + smallWorklist + "\nvs " + largeWorklist),
                () -> assertEquals(
                        smallAsthmaPage.count(),
                        largeAsthmaPage.count(),
                        () -> "case page: " + smallAsthmaPage + "\nvs " + largeAsthmaPage),
                () -> assertEquals(
                        smallMyastheniaPage.count(),
                        largeMyastheniaPage.count(),
                        () -> "case page: " + smallMyastheniaPage + "\nvs " + largeMyastheniaPage),
                () -> assertTrue(largeWorklist.count() <= MAX_STATEMENTS, () -> "worklist: " + largeWorklist),
                () -> assertTrue(largeAsthmaPage.count() <= MAX_STATEMENTS, () -> "case page: " + largeAsthmaPage),
                () -> assertTrue(
                        largeMyastheniaPage.count() <= MAX_STATEMENTS, () -> "case page: " + largeMyastheniaPage));
    }

    /** One worklist page as the worklist screen asks for it: a condition filter, sorted by pseudonym. */
    /** What the case page asks for: the case (with a view-log line) and its decision-support assessment. */
    private CaseDetail casePage(long id) {
        CaseDetail detail = cases.open(id);
        assessments.assess(detail, java.util.Set.of());
        return detail;
    }

    /** What the worklist page asks for: a page of cases and the response reviews due among them. */
    private WorklistPage worklistPage() {
        WorklistPage page = worklistQuery();
        reviews.markers(page.rows().stream()
                .collect(java.util.stream.Collectors.toMap(
                        org.refract.service.casework.CaseRow::id, org.refract.service.casework.CaseRow::version)));
        return page;
    }

    private WorklistPage worklistQuery() {
        return worklist.find(
                new WorklistQuery("severe-asthma", null, null, null, null, WorklistSort.PSEUDONYM, true, 0, 25));
    }

    /**
     * The request as the given user, after one warm-up call (first use fills the catalogue cache), measured
     * {@link #REPEATS} times: the cheapest run, so that an occasional id-block fetch does not count as growth
     * (the dearest run must still stay within the target).
     * Only the service call is measured, not the test's own look-up of the clinician's roles.
     */
    private <T> Measured<T> cheapest(SqlStatements sql, String user, Callable<T> request) throws Exception {
        List<Measured<T>> runs = as.call(user, () -> {
            request.call();
            List<Measured<T>> measured = new ArrayList<>();
            for (int i = 0; i < REPEATS; i++) {
                measured.add(sql.measure(request));
            }
            return measured;
        });
        Measured<T> cheapest =
                runs.stream().min(Comparator.comparingLong(Measured::count)).orElseThrow();
        Measured<T> dearest =
                runs.stream().max(Comparator.comparingLong(Measured::count)).orElseThrow();
        assertTrue(dearest.count() <= cheapest.count() + 1, () -> "runs differ: " + runs);
        assertTrue(dearest.count() <= MAX_STATEMENTS, () -> "even with an id-block fetch: " + dearest);
        return cheapest;
    }

    private long caseCount() {
        return em.createQuery("select count(c) from ClinicalCase c", Long.class).getSingleResult();
    }
}
