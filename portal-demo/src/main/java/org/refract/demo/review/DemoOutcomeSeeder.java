package org.refract.demo.review;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.jboss.logging.Logger;
import org.refract.domain.casework.CaseStatus;
import org.refract.domain.casework.ClinicalCase;
import org.refract.domain.identity.TeamMembership;
import org.refract.domain.identity.UserAccount;
import org.refract.domain.review.AgendaItem;
import org.refract.domain.review.AttendanceStatus;
import org.refract.domain.review.DecisionOutcome;
import org.refract.domain.review.Meeting;
import org.refract.domain.review.OutcomeKind;
import org.refract.domain.review.Recommendation;
import org.refract.domain.review.RecommendationContent;
import org.refract.domain.review.RecommendationDecision;
import org.refract.service.decision.DecisionRules;
import org.refract.service.outcome.ReviewLoop;
import org.refract.service.outcome.StopFacts;

/**
 * The outcomes of the BIOCROSS story (see the demo cases P-1005 and P-1006): the MDT that switched P-1005 to
 * mepolizumab fifteen months ago, her 12-month outcome (remission on treatment, with the remission rule's result on
 * that day) recorded against that recommendation, and her case back on the agenda for the step-down review; then
 * the review loop run for P-1006, whose relapse after stopping benralizumab notifies his clinician and the chair.
 */
@Dependent
public class DemoOutcomeSeeder {

    private static final Logger LOG = Logger.getLogger(DemoOutcomeSeeder.class);

    @PersistenceContext
    EntityManager em;

    @Inject
    DemoFinder find;

    @Inject
    DemoSignOff signOff;

    @Inject
    StopFacts facts;

    @EJB
    DecisionRules rules;

    @EJB
    ReviewLoop loop;

    public void seed(LocalDate today) {
        ClinicalCase responder = find.caseOf("P-1005");
        Recommendation switched = switchToMepolizumab(responder, today.minusMonths(15));
        LocalDate reviewed = today.minusMonths(1);
        Instant reviewedAt = DemoFinder.at(reviewed, 11, 0);
        responder.moveTo(CaseStatus.FOLLOW_UP, "resp.chair", reviewedAt);
        var remission = rules.book()
                .assessRemission(
                        facts.on(responder, reviewed), responder.getCondition().getCode())
                .map(o -> new DecisionOutcome.RemissionResult(
                        o.refractoryStatus(),
                        o.rule().name(),
                        Integer.toString(o.rule().version())))
                .orElse(DecisionOutcome.RemissionResult.none());
        em.persist(DecisionOutcome.of(
                switched,
                OutcomeKind.REMISSION,
                reviewed,
                "No exacerbation in 12 months on mepolizumab, prednisolone tapered off, ACT 23, FEV1 86 %. Remission on"
                        + " treatment: list for a step-down review (evidence on stopping: COMET).",
                remission,
                "resp.pulm",
                reviewedAt));
        responder.reopenForReview("resp.pulm", reviewedAt);
        em.flush();
        ClinicalCase relapsed = find.caseOf("P-1006");
        List<String> raised = loop.runCase(relapsed.getId(), today).raised();
        LOG.infof("Demo outcomes: P-1005 in remission (%s), P-1006 relapse watch: %s", remission.status(), raised);
    }

    /** The MDT that switched the responder to mepolizumab, signed, with the 12-month follow-up. */
    private Recommendation switchToMepolizumab(ClinicalCase responder, LocalDate day) {
        var team = responder.getTeam();
        UserAccount chair = find.user("resp.chair");
        Instant start = DemoFinder.at(day, 8, 0);
        Meeting meeting = new Meeting(
                team,
                "Severe asthma MDT (biologics)",
                day.atTime(8, 0),
                60,
                "Respiratory seminar room 2",
                null,
                "resp.nurse",
                DemoFinder.at(day.minusDays(7), 9, 0));
        em.persist(meeting);
        AgendaItem item = meeting.list(responder, 15, null);
        meeting.start();
        for (TeamMembership member : team.getMembers()) {
            meeting.recordAttendance(member.getUser(), AttendanceStatus.PRESENT, null, "resp.nurse", start);
        }
        meeting.discuss(item, "resp.chair", start.plusSeconds(60));
        Recommendation recommendation = item.recommend(
                new RecommendationContent(
                        RecommendationDecision.SWITCH_THERAPY,
                        find.therapy("mepolizumab"),
                        "Eosinophils 520 cells/µL with four steroid-treated exacerbations in 12 months on high-dose"
                                + " ICS-LABA and maintenance prednisolone, adherence and technique confirmed: NICE TA671"
                                + " criteria met. Switch to mepolizumab and review the response at 12 months.",
                        Set.of(),
                        List.of(),
                        day.plusMonths(12)),
                "resp.chair",
                start.plusSeconds(600));
        signOff.sign(item, chair, start.plusSeconds(900));
        meeting.close("resp.chair", DemoFinder.at(day, 9, 0));
        em.flush();
        return recommendation;
    }
}
