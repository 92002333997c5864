package org.refract.it.casework;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.refract.it.casework.CaseRequests.ADMIN;
import static org.refract.it.casework.CaseRequests.NEUROMUSCULAR_CLINICIAN;
import static org.refract.it.casework.CaseRequests.RESPIRATORY_CLINICIAN;

import jakarta.ejb.EJB;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;
import org.hibernate.SessionFactory;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.refract.domain.casework.CaseStatus;
import org.refract.domain.identity.TeamRole;
import org.refract.it.AsUser;
import org.refract.it.DatabaseSensitive;
import org.refract.it.Deployments;
import org.refract.it.SqlStatements;
import org.refract.service.casework.CaseDetail;
import org.refract.service.casework.CaseRow;
import org.refract.service.casework.CaseService;
import org.refract.service.casework.NewCase;
import org.refract.service.casework.WorklistPage;
import org.refract.service.casework.WorklistQuery;
import org.refract.service.casework.WorklistService;
import org.refract.service.casework.WorklistSort;
import org.refract.service.decision.ReviewDueService;
import org.refract.service.decision.ReviewMarker;
import org.refract.service.identity.TeamAdministrationService;

/**
 * The worklist's counts per status, its rows and the caller's teams come from the query cache (issue 16), so a repeated
 * worklist asks the database nothing; but a change to a case or to a team's members shows on the very next worklist. The
 * due-review markers are kept per version of a case, and shown only to the case's team.
 */
@DatabaseSensitive
@ExtendWith(ArquillianExtension.class)
class WorklistCacheIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.portalWithTests();
    }

    @EJB
    AsUser as;

    @EJB
    CaseService cases;

    @EJB
    WorklistService worklist;

    @EJB
    TeamAdministrationService teams;

    @EJB
    ReviewDueService reviews;

    @PersistenceContext
    EntityManager em;

    @Test
    void repeatedWorklistIsAnsweredPartlyFromTheCacheAndSeesEveryCaseChange() throws Exception {
        SqlStatements sql = new SqlStatements(em.getEntityManagerFactory().unwrap(SessionFactory.class));
        WorklistPage before = firstPage(RESPIRATORY_CLINICIAN);
        SqlStatements.Measured<WorklistPage> again = sql.measure(() -> firstPage(RESPIRATORY_CLINICIAN));
        assertEquals(before.total(), again.result().total());
        assertEquals(ids(before), ids(again.result()));
        // (the caller's roles are read by the test's run-as login, not by the worklist)
        assertTrue(
                again.statements().stream()
                        .noneMatch(statement -> statement.contains("group by")
                                || statement.contains("team_member")
                                || statement.contains("order by")),
                () -> "the teams, the counts and the rows again from the cache: " + again);

        CaseDetail created = as.call(RESPIRATORY_CLINICIAN, () -> cases.create(CaseRequests.severeAsthma("Cached")));
        WorklistPage afterCreate = firstPage(RESPIRATORY_CLINICIAN);
        assertEquals(before.total() + 1, afterCreate.total(), "a new case counts at once");
        assertEquals(draft(before) + 1, draft(afterCreate));

        as.call(
                RESPIRATORY_CLINICIAN,
                () -> cases.changeStatus(created.id(), created.version(), CaseStatus.READY_FOR_REVIEW));
        WorklistPage afterMove = firstPage(RESPIRATORY_CLINICIAN);
        assertEquals(afterCreate.total(), afterMove.total());
        assertEquals(draft(before), draft(afterMove), "the case left the drafts");
        assertEquals(
                afterCreate.statusCounts().get(CaseStatus.READY_FOR_REVIEW) + 1,
                afterMove.statusCounts().get(CaseStatus.READY_FOR_REVIEW),
                "and is counted as ready for review");
    }

    @Test
    void theRowsReadAgainShowEveryChangeSinceTheyWereFirstRead() throws Exception {
        CaseDetail first =
                as.call(RESPIRATORY_CLINICIAN, () -> cases.create(CaseRequests.severeAsthma("Cached, before")));
        WorklistQuery newest = new WorklistQuery(null, null, null, null, null, WorklistSort.UPDATED, false, 0, 25);
        WorklistQuery drafts =
                new WorklistQuery(null, CaseStatus.DRAFT, null, null, null, WorklistSort.UPDATED, false, 0, 25);
        assertEquals(first.title(), row(newest, first.id()).title());
        assertEquals(first.title(), row(drafts, first.id()).title());

        CaseDetail renamed = as.call(
                RESPIRATORY_CLINICIAN,
                () -> cases.describe(first.id(), first.version(), "Cached, after", first.summary(), null));
        CaseRow again = row(newest, first.id());
        assertEquals(List.of("Cached, after", renamed.version()), List.of(again.title(), again.version()));

        CaseDetail second =
                as.call(RESPIRATORY_CLINICIAN, () -> cases.create(CaseRequests.severeAsthma("Cached, new")));
        assertEquals("Cached, new", row(newest, second.id()).summary(), "a new case is in the rows at once");

        as.call(
                RESPIRATORY_CLINICIAN,
                () -> cases.changeStatus(renamed.id(), renamed.version(), CaseStatus.READY_FOR_REVIEW));
        assertTrue(
                as.call(RESPIRATORY_CLINICIAN, () -> worklist.find(drafts)).rows().stream()
                        .noneMatch(r -> r.id() == first.id()),
                "the case left the drafts' rows");
        assertEquals(CaseStatus.READY_FOR_REVIEW, row(newest, first.id()).status());
    }

    @Test
    void joiningOrLeavingATeamChangesTheWorklistAtOnce() throws Exception {
        as.call(RESPIRATORY_CLINICIAN, () -> cases.create(CaseRequests.severeAsthma("Seen after joining")));
        long respiratory = as.call(
                        RESPIRATORY_CLINICIAN,
                        () -> worklist.find(
                                new WorklistQuery(null, null, "respiratory", null, null, null, false, 0, 25)))
                .total();
        long neuromuscular = firstPage(NEUROMUSCULAR_CLINICIAN).total();

        as.call(ADMIN, () -> teams.enrol("respiratory", NEUROMUSCULAR_CLINICIAN, TeamRole.MEMBER));
        try {
            assertEquals(
                    neuromuscular + respiratory,
                    firstPage(NEUROMUSCULAR_CLINICIAN).total(),
                    "the new member sees the team's cases");
        } finally {
            as.call(ADMIN, () -> teams.remove("respiratory", NEUROMUSCULAR_CLINICIAN));
        }
        assertEquals(neuromuscular, firstPage(NEUROMUSCULAR_CLINICIAN).total(), "and no longer once removed");
    }

    @Test
    void dueReviewMarkersAreKeptPerCaseVersionAndShownOnlyToTheCasesTeam() throws Exception {
        NewCase onBenralizumab = CaseRequests.severeAsthma(
                "Benralizumab for 13 months",
                List.of(
                        CaseRequests.observation("exacerbations-12m", 6, "count", 420),
                        CaseRequests.observation("exacerbations-12m", 2, "count", 10)),
                List.of(CaseRequests.line("benralizumab", 400, null, "PARTIAL")));
        CaseDetail created = as.call(RESPIRATORY_CLINICIAN, () -> cases.create(onBenralizumab));
        Map<Long, Long> page = Map.of(created.id(), created.version());
        assertEquals("MET", marker(RESPIRATORY_CLINICIAN, page).response(), "6 → 2 exacerbations");

        SqlStatements sql = new SqlStatements(em.getEntityManagerFactory().unwrap(SessionFactory.class));
        SqlStatements.Measured<ReviewMarker> again = sql.measure(() -> marker(RESPIRATORY_CLINICIAN, page));
        assertEquals("MET", again.result().response());
        assertTrue(
                again.statements().stream().noneMatch(statement -> statement.contains("treatment_line")),
                () -> "the same version of the case again from the cache: " + again);

        assertNull(marker(NEUROMUSCULAR_CLINICIAN, page), "another team learns nothing from the cache");
        as.call(ADMIN, () -> teams.enrol("respiratory", NEUROMUSCULAR_CLINICIAN, TeamRole.MEMBER));
        try {
            assertEquals("MET", marker(NEUROMUSCULAR_CLINICIAN, page).response(), "until they join the team");
        } finally {
            as.call(ADMIN, () -> teams.remove("respiratory", NEUROMUSCULAR_CLINICIAN));
        }
        assertNull(marker(NEUROMUSCULAR_CLINICIAN, page), "and again nothing once they have left it");
    }

    private ReviewMarker marker(String user, Map<Long, Long> page) throws Exception {
        return as.call(user, () -> reviews.markers(page))
                .get(page.keySet().iterator().next());
    }

    private CaseRow row(WorklistQuery query, long id) throws Exception {
        return as.call(RESPIRATORY_CLINICIAN, () -> worklist.find(query)).rows().stream()
                .filter(r -> r.id() == id)
                .findFirst()
                .orElseThrow(() -> new AssertionError("case " + id + " not in the rows of " + query));
    }

    private static List<Long> ids(WorklistPage page) {
        return page.rows().stream().map(CaseRow::id).toList();
    }

    private WorklistPage firstPage(String user) throws Exception {
        return as.call(user, () -> worklist.find(WorklistQuery.firstPage()));
    }

    private static long draft(WorklistPage page) {
        return page.statusCounts().get(CaseStatus.DRAFT);
    }
}
