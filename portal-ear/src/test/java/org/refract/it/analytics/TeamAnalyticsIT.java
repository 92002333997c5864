package org.refract.it.analytics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.refract.domain.casework.CaseStatus;
import org.refract.domain.identity.TeamRole;
import org.refract.it.AsUser;
import org.refract.it.ChairedMeeting;
import org.refract.it.Deployments;
import org.refract.service.analytics.AnalyticsRequest;
import org.refract.service.analytics.CountRow;
import org.refract.service.analytics.StatusCountRow;
import org.refract.service.analytics.TeamAnalyticsDetail;
import org.refract.service.analytics.TeamAnalyticsService;
import org.refract.service.casework.CaseDetail;
import org.refract.service.casework.CaseService;
import org.refract.service.casework.FindingRequest;
import org.refract.service.casework.NewCase;
import org.refract.service.casework.PatientRequest;
import org.refract.service.decision.AssessmentService;
import org.refract.service.identity.TeamAdministrationService;
import org.refract.service.outcome.OutcomeRequest;
import org.refract.service.outcome.OutcomeService;
import org.refract.service.review.MeetingAttendanceService;
import org.refract.service.review.MeetingDetail;
import org.refract.service.review.MeetingRequest;
import org.refract.service.review.MeetingScheduleService;
import org.refract.service.review.RecommendationRequest;
import org.refract.service.review.RecommendationService;
import org.refract.service.shared.InvalidRequestException;

/**
 * Team analytics against a fixture computed by hand: a new team of its own (so that nothing else counts), three
 * severe-asthma cases, one meeting that decides one of them with a switch to mepolizumab, and the outcome of that
 * decision recorded as a response.
 */
@ExtendWith(ArquillianExtension.class)
class TeamAnalyticsIT {

    private static final String ADMIN = "admin";
    private static final String CHAIR = "resp.chair";
    private static final String CLINICIAN = "resp.pulm";
    private static final String PASSWORD = "refract-demo-2026";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.portalWithTests();
    }

    @EJB
    AsUser as;

    @EJB
    TeamAdministrationService teams;

    @EJB
    CaseService cases;

    @EJB
    MeetingScheduleService meetings;

    @EJB
    MeetingAttendanceService attendance;

    @EJB
    RecommendationService recommendations;

    @EJB
    AssessmentService assessments;

    @EJB
    OutcomeService outcomes;

    @EJB
    TeamAnalyticsService analytics;

    private String team;
    private String refractoryAtSigning;
    private final LocalDate today = LocalDate.now();

    @BeforeEach
    void aTeamWithThreeCasesAndOneDecision() throws Exception {
        team = "an-" + ThreadLocalRandom.current().nextInt(10_000_000);
        as.call(ADMIN, () -> teams.create(team, "Analytics MDT " + team, "Severe asthma", List.of("severe-asthma")));
        as.call(ADMIN, () -> teams.enrol(team, CHAIR, TeamRole.CHAIR));
        as.call(ADMIN, () -> teams.enrol(team, CLINICIAN, TeamRole.MEMBER));
        as.call(CHAIR, () -> attendance.changeQuorumRule(team, 2, List.of()));

        CaseDetail decided = ready(open(List.of(
                new FindingRequest("adherence", "CONFIRMED", "Dispensing gaps", null),
                new FindingRequest("inhaler-technique", "CONFIRMED", "Poor seal", null))));
        open(List.of(new FindingRequest("adherence", "CONFIRMED", "Refills late", null)));
        ready(open(List.of(new FindingRequest("gerd", "SUSPECTED", "Reflux symptoms", null))));

        LocalDateTime when = LocalDateTime.now().plusHours(1).truncatedTo(ChronoUnit.MINUTES);
        MeetingDetail meeting = as.call(
                CHAIR, () -> meetings.schedule(new MeetingRequest(team, "Analytics MDT", when, 60, "Room 1", null)));
        long id = meeting.id();
        refractoryAtSigning = as.call(
                        CLINICIAN, () -> assessments.assess(decided.id()).refractoryOutcome())
                .refractoryStatus();
        ChairedMeeting run = new ChairedMeeting(as, CHAIR, meetings, attendance, recommendations);
        long item = run.discuss(id, decided.id(), List.of(CHAIR, CLINICIAN));
        long recommendation = run.sign(
                id,
                item,
                new RecommendationRequest(
                        "SWITCH_THERAPY",
                        "mepolizumab",
                        "Eosinophilic phenotype.",
                        List.of("adherence"),
                        List.of(),
                        today.plusMonths(4)),
                PASSWORD);
        as.call(CHAIR, () -> attendance.close(id));

        as.call(
                CLINICIAN,
                () -> outcomes.record(
                        decided.id(), recommendation, new OutcomeRequest("RESPONDER", today, "ACT up by 6", null)));
    }

    @Test
    void theFiguresMatchTheFixture() throws Exception {
        TeamAnalyticsDetail figures = as.call(CLINICIAN, () -> analytics.figures(period(null)));

        assertEquals(
                Map.of("DRAFT", 1L, "READY_FOR_REVIEW", 1L, "RECOMMENDATION_ISSUED", 1L),
                figures.casesByStatus().stream()
                        .peek(r -> assertEquals("severe-asthma", r.conditionCode()))
                        .collect(Collectors.toMap(StatusCountRow::status, StatusCountRow::count)));
        assertEquals(
                List.of(new CountRow(refractoryAtSigning, refractoryAtSigning, 1)), figures.refractoryAtDecision());
        assertEquals("MET".equals(refractoryAtSigning) ? 1.0 : 0.0, figures.refractoryShare());
        assertEquals(
                List.of("adherence", "inhaler-technique"),
                figures.confirmedFactors().stream().map(CountRow::code).toList());
        assertEquals(
                List.of(2L, 1L),
                figures.confirmedFactors().stream().map(CountRow::count).toList());
        assertEquals(1, figures.decisionTime().decisions());
        assertEquals(0L, figures.decisionTime().shortestDays());
        assertEquals(0L, figures.decisionTime().longestDays());
        assertTrue(figures.decisionTime().meanDays() < 1.0);
        assertEquals(1, figures.meetings().meetingsHeld());
        assertEquals(1, figures.meetings().casesDecided());
        assertEquals(
                Map.of("RESPONDER", 1L),
                figures.switchOutcomes().stream().collect(Collectors.toMap(CountRow::code, CountRow::count)));
    }

    @Test
    void anotherConditionLeavesOnlyTheMeeting() throws Exception {
        TeamAnalyticsDetail figures = as.call(CLINICIAN, () -> analytics.figures(period("myasthenia-gravis")));

        assertEquals(List.of(), figures.casesByStatus());
        assertEquals(List.of(), figures.refractoryAtDecision());
        assertNull(figures.refractoryShare());
        assertEquals(List.of(), figures.confirmedFactors());
        assertEquals(0, figures.decisionTime().decisions());
        assertEquals(1, figures.meetings().meetingsHeld());
        assertEquals(0, figures.meetings().casesDecided());
        assertEquals(List.of(), figures.switchOutcomes());
    }

    @Test
    void aTeamTheCallerIsNotInIsRefused() {
        InvalidRequestException refused = assertThrows(
                InvalidRequestException.class, () -> as.call("neuro.neuro", () -> analytics.figures(period(null))));
        assertEquals("team", refused.getErrors().get(0).field());
    }

    private AnalyticsRequest period(String condition) {
        return new AnalyticsRequest(team, condition, today.minusDays(1), today.plusDays(2));
    }

    private CaseDetail open(List<FindingRequest> findings) throws Exception {
        return as.call(
                CLINICIAN,
                () -> cases.create(new NewCase(
                        new PatientRequest(null, 1975, "F"),
                        "severe-asthma",
                        team,
                        null,
                        "Analytics fixture",
                        List.of(),
                        List.of(),
                        findings)));
    }

    private CaseDetail ready(CaseDetail created) throws Exception {
        return as.call(
                CLINICIAN, () -> cases.changeStatus(created.id(), created.version(), CaseStatus.READY_FOR_REVIEW));
    }
}
