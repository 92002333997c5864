package org.refract.it.outcomes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import java.time.LocalDate;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.refract.domain.casework.CaseStatus;
import org.refract.domain.decision.RuleOutcome;
import org.refract.domain.decision.StepDownHint;
import org.refract.domain.decision.Verdict;
import org.refract.it.AsUser;
import org.refract.it.Deployments;
import org.refract.service.casework.CaseDetail;
import org.refract.service.casework.CaseService;
import org.refract.service.decision.AssessmentService;
import org.refract.service.outcome.OutcomeRow;
import org.refract.service.outcome.OutcomeService;
import org.refract.service.review.MeetingRow;
import org.refract.service.review.MeetingScheduleService;

/**
 * The demo tells the BIOCROSS story: P-1005 responded to mepolizumab and is in remission on treatment (outcome
 * recorded against the recommendation that switched her, remission met, a step-down hint, on next week's agenda);
 * P-1006 relapsed after stopping benralizumab (the clinician and the chair were told once, and it is a review due on
 * their dashboard).
 */
@ExtendWith(ArquillianExtension.class)
class BiocrossDemoIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.portalWithTests();
    }

    @EJB
    AsUser as;

    @EJB
    CaseService cases;

    @EJB
    AssessmentService assessment;

    @EJB
    OutcomeService outcomes;

    @EJB
    MeetingScheduleService meetings;

    @EJB
    OutcomeProbe probe;

    @Test
    void aResponderInRemissionComesBackForAStepDownReview() throws Exception {
        long id = probe.caseId("P-1005");
        List<OutcomeRow> rows = as.call("resp.pulm", () -> outcomes.ofCase(id));
        assertEquals(1, rows.size(), rows::toString);
        OutcomeRow switched = rows.get(0);
        assertTrue(switched.decision().contains("Mepolizumab"), switched.decision());
        assertEquals("REMISSION", switched.outcome());
        assertEquals("MET", switched.remissionStatus(), "remission held when the outcome was recorded");

        CaseDetail detail = as.call("resp.pulm", () -> cases.get(id));
        assertEquals(CaseStatus.READY_FOR_REVIEW, detail.status());
        RuleOutcome remission =
                as.call("resp.pulm", () -> assessment.remission(detail)).orElseThrow();
        assertEquals(Verdict.MET, remission.verdict(), remission.toString());
        StepDownHint hint = as.call("resp.pulm", () -> assessment.stepDown(detail, remission))
                .orElseThrow();
        assertEquals("mepolizumab", hint.therapy());

        LocalDate today = LocalDate.now();
        MeetingRow next = as.call("resp.chair", () -> meetings.calendar(today, today.plusWeeks(2))).stream()
                .filter(m -> m.teamCode().equals("respiratory"))
                .findFirst()
                .orElseThrow();
        assertTrue(
                as.call("resp.chair", () -> meetings.get(next.id())).agenda().stream()
                        .anyMatch(a -> a.pseudonym().equals("P-1005")),
                "on next week's agenda for the step-down review");
    }

    @Test
    void aRelapseAfterStoppingIsNotifiedOnceAndDue() throws Exception {
        long id = probe.caseId("P-1006");
        assertEquals(1, probe.notifications(id, "RELAPSE", "resp.pulm"));
        assertEquals(1, probe.notifications(id, "RELAPSE", "resp.chair"));
        assertTrue(as.call("resp.chair", () -> outcomes.reviewsDue(50)).stream()
                .anyMatch(r -> r.caseId() == id
                        && r.reason().equals("RELAPSE")
                        && r.text().contains("Benralizumab")));
        RuleOutcome now =
                as.call("resp.pulm", () -> assessment.remission(cases.get(id))).orElseThrow();
        assertEquals(Verdict.UNMET, now.verdict(), "no longer in remission");
    }
}
