package org.refract.it.review;

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
import org.refract.it.AsUser;
import org.refract.it.DatabaseSensitive;
import org.refract.it.Deployments;
import org.refract.service.analytics.AnalyticsRequest;
import org.refract.service.analytics.CountRow;
import org.refract.service.analytics.TeamAnalyticsService;
import org.refract.service.casework.CaseService;
import org.refract.service.review.AgendaRow;
import org.refract.service.review.ItemDetail;
import org.refract.service.review.MeetingDetail;
import org.refract.service.review.MeetingRow;
import org.refract.service.review.MeetingScheduleService;
import org.refract.service.review.RecommendationDetail;
import org.refract.service.review.RecommendationService;

/**
 * The demo data hold a past meeting with a signed outcome and an upcoming one with an agenda, made through the
 * domain's own rules (quorum, sign-off by the chair, carry-over of the case not reached).
 */
@DatabaseSensitive
@ExtendWith(ArquillianExtension.class)
class DemoMeetingsIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.portalWithTests();
    }

    @EJB
    AsUser as;

    @EJB
    MeetingScheduleService meetings;

    @EJB
    RecommendationService recommendations;

    @EJB
    CaseService cases;

    @EJB
    TeamAnalyticsService analytics;

    @Test
    void aPastMeetingSignedItsRecommendationAndTheCaseNotReachedIsOnTheNextAgenda() throws Exception {
        LocalDate today = LocalDate.now();
        List<MeetingRow> calendar =
                as.call("resp.chair", () -> meetings.calendar(today.minusWeeks(4), today.plusWeeks(2)));
        MeetingRow pastRow = calendar.stream()
                .filter(m -> m.startsAt().toLocalDate().isBefore(today)
                        && m.teamCode().equals("respiratory")
                        && m.title().equals("Severe asthma MDT"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no past demo meeting in " + calendar));
        MeetingDetail past = as.call("resp.chair", () -> meetings.get(pastRow.id()));
        assertEquals("CLOSED", past.status());
        assertTrue(past.quorum().met(), "the demo meeting was quorate");
        AgendaRow decided = past.agenda().stream()
                .filter(a -> a.pseudonym().equals("P-1003"))
                .findFirst()
                .orElseThrow();
        assertTrue(decided.signed());
        ItemDetail item = as.call("resp.chair", () -> recommendations.item(past.id(), decided.itemId()));
        RecommendationDetail recommendation = item.recommendation();
        assertEquals("mepolizumab", recommendation.therapyCode());
        assertEquals(3, recommendation.actions().size());
        assertEquals(2, item.proposals().size());
        assertEquals(
                CaseStatus.RECOMMENDATION_ISSUED,
                as.call("resp.pulm", () -> cases.get(decided.caseId())).status());

        MeetingRow nextRow = calendar.stream()
                .filter(m -> m.startsAt().toLocalDate().isAfter(today)
                        && m.teamCode().equals("respiratory"))
                .findFirst()
                .orElseThrow();
        MeetingDetail next = as.call("resp.chair", () -> meetings.get(nextRow.id()));
        assertTrue(
                next.agenda().stream().anyMatch(a -> a.pseudonym().equals("P-1001") && a.carriedOver()),
                "the case not reached is carried over: " + next.agenda());
    }

    /** The demo signs its decisions the way a chair does: each records the case's refractory status at signing. */
    @Test
    void theDemosSignedDecisionsRecordTheRefractoryStatus() throws Exception {
        long signed = 0;
        for (String chair :
                List.of("resp.chair", "neuro.chair", "haem.chair", "epi.chair", "lymph.chair", "lupus.chair")) {
            List<CountRow> atDecision = as.call(
                            chair, () -> analytics.figures(AnalyticsRequest.lastYear(LocalDate.now())))
                    .refractoryAtDecision();
            signed += atDecision.stream().mapToLong(CountRow::count).sum();
            assertTrue(atDecision.stream().noneMatch(r -> r.code().equals("NOT_RECORDED")), chair + ": " + atDecision);
        }
        assertTrue(signed > 0, "the demo signs decisions");
    }
}
