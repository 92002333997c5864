package org.refract.it.casework;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.refract.it.casework.CaseRequests.RESPIRATORY_CLINICIAN;

import jakarta.ejb.EJB;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.refract.it.AsUser;
import org.refract.it.DatabaseSensitive;
import org.refract.it.Deployments;
import org.refract.service.casework.CaseDetail;
import org.refract.service.casework.CaseRow;
import org.refract.service.casework.CaseService;
import org.refract.service.casework.WorklistPage;
import org.refract.service.casework.WorklistQuery;
import org.refract.service.casework.WorklistService;
import org.refract.service.casework.WorklistSort;

/**
 * The worklist's rows name each case's team, condition and clinician as the case itself does, under every order and
 * filter: the rows join only the tables a filter, the order or a column needs and take the team's and the condition's
 * names from the second-level cache (issue 16), so each combination is a statement of its own.
 */
@DatabaseSensitive
@ExtendWith(ArquillianExtension.class)
class WorklistRowsIT {

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

    @Test
    void everyOrderAndFilterNamesWhatTheCaseNames() throws Exception {
        as.call(RESPIRATORY_CLINICIAN, () -> cases.create(CaseRequests.severeAsthma("Worklist rows, first")));
        as.call(RESPIRATORY_CLINICIAN, () -> cases.create(CaseRequests.severeAsthma("Worklist rows, second")));
        List<WorklistQuery> queries = new ArrayList<>();
        for (WorklistSort sort : WorklistSort.values()) {
            for (boolean ascending : new boolean[] {true, false}) {
                queries.add(new WorklistQuery(null, null, null, null, null, sort, ascending, 0, 25));
            }
        }
        queries.add(new WorklistQuery("severe-asthma", null, null, null, null, null, false, 0, 25));
        queries.add(new WorklistQuery(null, null, "respiratory", null, null, null, false, 0, 25));
        queries.add(new WorklistQuery(null, null, null, RESPIRATORY_CLINICIAN, null, null, false, 0, 25));
        queries.add(new WorklistQuery(
                "severe-asthma", null, "respiratory", RESPIRATORY_CLINICIAN, null, WorklistSort.TEAM, true, 0, 25));

        for (WorklistQuery query : queries) {
            WorklistPage page = as.call(RESPIRATORY_CLINICIAN, () -> worklist.find(query));
            assertFalse(page.rows().isEmpty(), () -> "rows for " + query);
            for (CaseRow row : page.rows()) {
                CaseDetail detail = as.call(RESPIRATORY_CLINICIAN, () -> cases.get(row.id()));
                assertEquals(
                        List.of(
                                detail.teamCode(),
                                detail.teamName(),
                                detail.conditionCode(),
                                detail.conditionName(),
                                detail.clinicianUsername(),
                                detail.clinicianName(),
                                detail.pseudonym()),
                        List.of(
                                row.teamCode(),
                                row.teamName(),
                                row.conditionCode(),
                                row.conditionName(),
                                row.clinicianUsername(),
                                row.clinicianName(),
                                row.pseudonym()),
                        () -> "row " + row.id() + " of " + query);
            }
            if (query.condition() != null) {
                assertTrue(page.rows().stream().allMatch(r -> r.conditionCode().equals(query.condition())));
            }
            if (query.team() != null) {
                assertTrue(page.rows().stream().allMatch(r -> r.teamCode().equals(query.team())));
            }
            if (query.clinician() != null) {
                assertTrue(
                        page.rows().stream().allMatch(r -> r.clinicianUsername().equals(query.clinician())));
            }
        }
        assertOrdered(WorklistSort.CONDITION, CaseRow::conditionName);
        assertOrdered(WorklistSort.TEAM, CaseRow::teamName);
        assertOrdered(WorklistSort.CLINICIAN, CaseRow::clinicianName);
    }

    /** The rows come in the order of the column, both ways (by code point: the C collation and H2's default). */
    private void assertOrdered(WorklistSort sort, Function<CaseRow, String> column) throws Exception {
        for (boolean ascending : new boolean[] {true, false}) {
            WorklistQuery query = new WorklistQuery(null, null, null, null, null, sort, ascending, 0, 25);
            List<String> values = as.call(RESPIRATORY_CLINICIAN, () -> worklist.find(query)).rows().stream()
                    .map(column)
                    .toList();
            for (int i = 1; i < values.size(); i++) {
                int order = values.get(i - 1).compareTo(values.get(i));
                assertTrue(
                        ascending ? order <= 0 : order >= 0, () -> sort + (ascending ? " asc: " : " desc: ") + values);
            }
        }
    }
}
