package org.refract.it.outcomes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.hibernate.SessionFactory;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.refract.domain.casework.CaseStatus;
import org.refract.domain.casework.EventDetails;
import org.refract.domain.identity.Discipline;
import org.refract.domain.identity.Role;
import org.refract.domain.identity.TeamRole;
import org.refract.it.AsUser;
import org.refract.it.ChairedMeeting;
import org.refract.it.DatabaseSensitive;
import org.refract.it.Deployments;
import org.refract.it.PortalSession;
import org.refract.it.SqlStatements;
import org.refract.it.api.ApiClient;
import org.refract.service.casework.CaseDetail;
import org.refract.service.casework.CaseService;
import org.refract.service.casework.ClinicalEventService;
import org.refract.service.casework.EventRequest;
import org.refract.service.casework.NewCase;
import org.refract.service.casework.ObservationRequest;
import org.refract.service.casework.PatientRequest;
import org.refract.service.casework.TreatmentLineRequest;
import org.refract.service.identity.NewUser;
import org.refract.service.identity.PasswordChangeService;
import org.refract.service.identity.TeamAdministrationService;
import org.refract.service.identity.UserAdministrationService;
import org.refract.service.outcome.LoopRunDetail;
import org.refract.service.outcome.OutcomeRequest;
import org.refract.service.outcome.OutcomeRow;
import org.refract.service.outcome.OutcomeService;
import org.refract.service.outcome.ReviewLoop;
import org.refract.service.review.MeetingAttendanceService;
import org.refract.service.review.MeetingRequest;
import org.refract.service.review.MeetingScheduleService;
import org.refract.service.review.RecommendationRequest;
import org.refract.service.review.RecommendationService;
import org.refract.service.shared.InvalidRequestException;
import org.refract.service.shared.NotFoundException;

/**
 * The loop closes: a due response review or a signed recommendation's follow-up date notifies the responsible
 * clinician and the chair and puts the case on the team's next agenda exactly once, also when the job runs twice at
 * the same moment (as on two servers) and again the next day; the outcome is recorded against the recommendation
 * (audited, with the remission rule's result), from the Reviews tab's service or the API, and takes the case off the reviews due; a relapse after a stop is
 * notified once. Each test works in a team of its own, so the job touches no other test's cases.
 */
@ExtendWith(ArquillianExtension.class)
@DatabaseSensitive
class ReviewLoopIT {

    private static final String PASSWORD = "Loop-review-password-2026";
    private static final String API_PASSWORD = "Outcomes-through-the-API-2027";
    private static final String ADMIN = "admin";
    private static final LocalDate TODAY = LocalDate.now();

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.portalWithTests();
    }

    @EJB
    AsUser as;

    @EJB
    UserAdministrationService users;

    @EJB
    TeamAdministrationService teams;

    @EJB
    CaseService cases;

    @EJB
    ClinicalEventService events;

    @EJB
    MeetingScheduleService meetings;

    @EJB
    MeetingAttendanceService attendance;

    @EJB
    RecommendationService recommendations;

    @EJB
    ReviewLoop loop;

    @EJB
    OutcomeService outcomes;

    @EJB
    OutcomeProbe probe;

    @EJB
    ChangeAroundALoopRun around;

    @EJB
    PasswordChangeService passwords;

    @PersistenceContext
    EntityManager em;

    @Resource(lookup = "java:comp/DefaultManagedExecutorService")
    ManagedExecutorService executor;

    String team;
    String chair;
    String clinician;
    long teamId;

    @BeforeEach
    void aTeamOfItsOwn() throws Exception {
        String s = Integer.toString(ThreadLocalRandom.current().nextInt(100_000, 999_999));
        team = "loop-" + s;
        chair = "loop" + s + ".chair";
        clinician = "loop" + s + ".pulm";
        as.run(ADMIN, () -> {
            users.create(new NewUser(
                    chair, "Loop Chair " + s, Discipline.PULMONOLOGIST, Set.of(Role.CLINICIAN, Role.CHAIR), PASSWORD));
            users.create(new NewUser(
                    clinician, "Loop Clinician " + s, Discipline.PULMONOLOGIST, Set.of(Role.CLINICIAN), PASSWORD));
            teams.create(team, "Loop team " + s, "Severe asthma", List.of("severe-asthma"));
            teams.enrol(team, chair, TeamRole.CHAIR);
            teams.enrol(team, clinician, TeamRole.MEMBER);
        });
        teamId = probe.teamId(team);
    }

    @Test
    void aDueResponseReviewPutsTheCaseOnTheNextAgendaExactlyOnceWhenTwoRunsRace() throws Exception {
        CaseDetail onMepolizumab = readyCase(List.of(line("mepolizumab", TODAY.minusWeeks(53), null)), List.of());
        long meeting = schedule(90);

        CountDownLatch start = new CountDownLatch(1);
        Future<LoopRunDetail> first = executor.submit(() -> {
            start.await();
            return as.call(ADMIN, () -> loop.runTeam(teamId, TODAY));
        });
        Future<LoopRunDetail> second = executor.submit(() -> {
            start.await();
            return as.call(ADMIN, () -> loop.runTeam(teamId, TODAY));
        });
        start.countDown();
        LoopRunDetail a = first.get(60, TimeUnit.SECONDS);
        LoopRunDetail b = second.get(60, TimeUnit.SECONDS);

        assertTrue(a.claimed() ^ b.claimed(), "exactly one run claims the day: " + a + " / " + b);
        List<String> raised = a.claimed() ? a.raised() : b.raised();
        assertEquals(1, raised.size(), raised::toString);
        assertTrue(raised.get(0).contains("response review of Mepolizumab"), raised.get(0));
        assertTrue(raised.get(0).contains("put forward for Loop MDT"), raised.get(0));
        assertOnceOnTheAgenda(onMepolizumab.id(), meeting);

        LoopRunDetail nextDay = as.call(ADMIN, () -> loop.runTeam(teamId, TODAY.plusDays(1)));
        assertTrue(nextDay.claimed());
        assertEquals(List.of(), nextDay.raised(), "a review is raised once, not every day after it fell due");
        assertOnceOnTheAgenda(onMepolizumab.id(), meeting);
        assertFalse(
                as.call(ADMIN, () -> loop.runTeam(teamId, TODAY.plusDays(1))).claimed(),
                "the same day is not run twice");
    }

    @Test
    void aSignedFollowUpComesBackAndItsOutcomeIsRecordedAgainstTheRecommendation() throws Exception {
        CaseDetail decided = readyCase(List.of(line("mepolizumab", TODAY.minusWeeks(20), null)), List.of());
        long recommendation = signRecommendation(decided.id(), TODAY);
        assertEquals(
                CaseStatus.RECOMMENDATION_ISSUED,
                as.call(clinician, () -> cases.get(decided.id())).status());
        long next = schedule(120);

        LoopRunDetail run = as.call(ADMIN, () -> loop.runTeam(teamId, TODAY));
        assertEquals(1, run.raised().size(), run.raised()::toString);
        assertTrue(
                run.raised().get(0).contains("follow-up of the recommendation"),
                run.raised().get(0));
        assertOnceOnTheAgenda(decided.id(), next);
        assertEquals(
                CaseStatus.READY_FOR_REVIEW,
                as.call(clinician, () -> cases.get(decided.id())).status());
        assertTrue(as.call(clinician, () -> outcomes.reviewsDue(50)).stream()
                .anyMatch(r -> r.caseId() == decided.id() && r.reason().equals("FOLLOW_UP")));

        Exception unknown = assertThrows(
                InvalidRequestException.class,
                () -> as.call(
                        clinician,
                        () -> outcomes.record(
                                decided.id(), recommendation, new OutcomeRequest("MAYBE", TODAY, null, null))));
        assertTrue(
                unknown.getMessage().contains("outcome") || unknown.toString().contains("outcome"));
        assertThrows(
                NotFoundException.class,
                () -> as.call(
                        "resp.pulm",
                        () -> outcomes.record(
                                decided.id(), recommendation, new OutcomeRequest("RESPONDER", TODAY, null, null))),
                "another team's clinician does not find the case");

        OutcomeRow recorded = as.call(
                clinician,
                () -> outcomes.record(
                        decided.id(),
                        recommendation,
                        new OutcomeRequest("RESPONDER", TODAY, "Exacerbations down from 5 to 1", null)));
        assertEquals("RESPONDER", recorded.outcome());
        assertEquals(recommendation, recorded.recommendationId());
        assertNotNull(recorded.remissionStatus(), "the remission rule's result is kept with the outcome");
        assertTrue(recorded.remissionRule().contains("Severe asthma: clinical remission"), recorded.remissionRule());
        assertEquals(1, probe.outcomeAuditRows(recommendation), "audited");
        assertEquals(
                List.of("RESPONDER"),
                as.call(chair, () -> outcomes.ofCase(decided.id())).stream()
                        .map(OutcomeRow::outcome)
                        .toList());
        assertTrue(
                as.call(clinician, () -> outcomes.reviewsDue(50)).stream().noneMatch(r -> r.caseId() == decided.id()),
                "recording the outcome closes the review");
        assertEquals(
                List.of(),
                as.call(ADMIN, () -> loop.runTeam(teamId, TODAY.plusDays(1))).raised(),
                "a recommendation with an outcome is not followed up again");
    }

    @Test
    void theApiListsTheCasesDecisionsAndRecordsTheOutcomeAgainstOne() throws Exception {
        CaseDetail decided = readyCase(List.of(line("mepolizumab", TODAY.minusWeeks(20), null)), List.of());
        long recommendation = signRecommendation(decided.id(), TODAY.plusMonths(4));
        // An account an administrator created works through the API once its owner chose a password.
        for (String user : List.of(clinician, chair)) {
            as.run(user, () -> passwords.changePassword(PASSWORD, API_PASSWORD, API_PASSWORD));
        }
        ApiClient api = ApiClient.as(PortalSession.portalOfThisServer().toURL(), clinician, API_PASSWORD);
        String path = "cases/" + decided.id() + "/outcomes";

        JsonArray before = array(api.get(path));
        assertEquals(1, before.size(), before::toString);
        assertEquals(
                recommendation,
                before.getJsonObject(0).getJsonNumber("recommendationId").longValue());
        assertTrue(before.getJsonObject(0).isNull("outcome"), "no outcome yet");

        assertRefused(
                api.post(path, "{\"outcome\": \"RESPONDER\", \"reviewedOn\": \"2026-01-01\"}"),
                400,
                "recommendationId");
        assertRefused(api.post(path, body(recommendation, "MAYBE", TODAY, null)), 400, "outcome");
        assertRefused(api.post(path, body(recommendation, "RESPONDER", TODAY.plusDays(3), null)), 400, "reviewedOn");
        assertRefused(
                api.post(
                        path,
                        "{\"recommendationId\": " + recommendation + ", \"outcome\": \"RESPONDER\","
                                + " \"reviewedOn\": \"2026-13-01\"}"),
                400,
                "reviewedOn");
        assertEquals(0, probe.outcomeAuditRows(recommendation), "nothing stored for a refused request");
        assertEquals(
                404,
                ApiClient.as(PortalSession.portalOfThisServer().toURL(), "resp.pulm", "refract-demo-2026")
                        .post(path, body(recommendation, "RESPONDER", TODAY, null))
                        .statusCode(),
                "another team's clinician does not find the case");

        HttpResponse<String> created = api.post(path, body(recommendation, "RESPONDER", TODAY, null));
        assertEquals(201, created.statusCode(), created.body());
        assertTrue(created.headers().firstValue("Location").orElseThrow().endsWith(path));
        JsonObject outcome = object(created).getJsonObject("outcome");
        assertEquals("RESPONDER", outcome.getString("outcome"));
        assertEquals(clinician, outcome.getString("recordedBy"));
        assertTrue(outcome.getJsonObject("remission").getString("rule").contains("Severe asthma: clinical remission"));
        int version = outcome.getInt("version");

        assertRefused(api.post(path, body(recommendation, "REMISSION", TODAY, null)), 409, null);
        assertRefused(api.post(path, body(recommendation, "REMISSION", TODAY, version + 7)), 409, null);
        HttpResponse<String> corrected = ApiClient.as(
                        PortalSession.portalOfThisServer().toURL(), chair, API_PASSWORD)
                .post(path, body(recommendation, "REMISSION", TODAY, version));
        assertEquals(200, corrected.statusCode(), corrected.body());
        assertEquals(2, probe.outcomeAuditRows(recommendation), "both changes audited");
        JsonObject listed = array(api.get(path)).getJsonObject(0).getJsonObject("outcome");
        assertEquals("REMISSION", listed.getString("outcome"));
        assertEquals(chair, listed.getString("recordedBy"));
        assertEquals(404, api.get("cases/" + Long.MAX_VALUE + "/outcomes").statusCode());
    }

    private static String body(long recommendation, String outcome, LocalDate on, Integer version) {
        return "{\"recommendationId\": " + recommendation + ", \"outcome\": \"" + outcome + "\", \"reviewedOn\": \""
                + on + "\"" + (version == null ? "" : ", \"version\": " + version) + ", \"note\": \"At review\"}";
    }

    private static void assertRefused(HttpResponse<String> response, int status, String field) {
        assertEquals(status, response.statusCode(), response.body());
        if (field != null) {
            assertEquals(
                    field,
                    object(response).getJsonArray("errors").getJsonObject(0).getString("field"),
                    response.body());
        }
    }

    private static JsonObject object(HttpResponse<String> response) {
        try (var reader = Json.createReader(new StringReader(response.body()))) {
            return reader.readObject();
        }
    }

    private static JsonArray array(HttpResponse<String> response) {
        assertEquals(200, response.statusCode(), response.body());
        try (var reader = Json.createReader(new StringReader(response.body()))) {
            return reader.readArray();
        }
    }

    @Test
    void aRelapseAfterStoppingATherapyThatBroughtRemissionIsNotifiedOnce() throws Exception {
        CaseDetail stopped = stoppedInRemission();

        assertEquals(
                List.of(),
                as.call(ADMIN, () -> loop.runTeam(teamId, TODAY)).raised(),
                "still in remission after the stop: nothing to say");

        exacerbation(stopped.id());
        LoopRunDetail relapse = as.call(ADMIN, () -> loop.runTeam(teamId, TODAY.plusDays(1)));
        assertEquals(1, relapse.raised().size(), relapse.raised()::toString);
        assertTrue(
                relapse.raised().get(0).contains("relapse after stopping Mepolizumab"),
                relapse.raised().get(0));
        assertTrue(
                relapse.raised().get(0).contains("no longer met: No exacerbations needing systemic steroids"),
                relapse.raised().get(0));
        assertFalse(relapse.raised().get(0).contains("exacerbations-12m"), "names, not catalogue codes");
        assertEquals(1, probe.notifications(stopped.id(), "RELAPSE", clinician));
        assertEquals(1, probe.notifications(stopped.id(), "RELAPSE", chair));

        assertEquals(
                List.of(),
                as.call(ADMIN, () -> loop.runTeam(teamId, TODAY.plusDays(2))).raised());
        assertEquals(1, probe.notifications(stopped.id(), "RELAPSE", clinician), "once");
    }

    @Test
    void aLoopOfManyReviewsReadsEachRecipientsMailPreferenceOnce() throws Exception {
        List<Long> due = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            due.add(readyCase(List.of(line("mepolizumab", TODAY.minusWeeks(53), null)), List.of())
                    .id());
        }
        schedule(90);
        SqlStatements sql = new SqlStatements(em.getEntityManagerFactory().unwrap(SessionFactory.class));

        SqlStatements.Measured<LoopRunDetail> run =
                sql.measure(() -> as.call(ADMIN, () -> loop.runTeam(teamId, TODAY)));

        assertEquals(3, run.result().raised().size(), run.result().raised()::toString);
        for (long caseId : due) {
            assertEquals(1, probe.notifications(caseId, "REVIEW_DUE", clinician));
            assertEquals(1, probe.notifications(caseId, "REVIEW_DUE", chair));
        }
        // Two recipients (the clinician and the chair): a query per notice (six here, thousands for a large team)
        // made Hibernate look through every entity of the transaction before each one (issue 16).
        assertEquals(
                2,
                run.statements().stream()
                        .filter(s -> s.contains("notification_preference"))
                        .count(),
                run::toString);
    }

    @Test
    void relapsesAreFoundOnEveryPageOfStoppedLines() throws Exception {
        List<Long> stopped = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            stopped.add(stoppedInRemission().id());
        }
        for (long caseId : stopped) {
            exacerbation(caseId);
        }
        String before = System.getProperty(ReviewLoop.STOPPED_LINES_PAGE);
        System.setProperty(ReviewLoop.STOPPED_LINES_PAGE, "2");
        try {
            LoopRunDetail run = as.call(ADMIN, () -> loop.runTeam(teamId, TODAY));

            assertEquals(3, run.raised().size(), "three stopped lines on two pages: " + run.raised());
            for (long caseId : stopped) {
                assertEquals(1, probe.notifications(caseId, "RELAPSE", clinician));
            }
        } finally {
            if (before == null) {
                System.clearProperty(ReviewLoop.STOPPED_LINES_PAGE);
            } else {
                System.setProperty(ReviewLoop.STOPPED_LINES_PAGE, before);
            }
        }
    }

    @Test
    void aRunForOneCaseLeavesTheCallersEntitiesInItsTransaction() throws Exception {
        CaseDetail stopped = stoppedInRemission();
        exacerbation(stopped.id());

        as.run(ADMIN, () -> around.runAndRetitle(stopped.id(), TODAY, "Retitled after the loop", ADMIN));

        assertEquals(1, probe.notifications(stopped.id(), "RELAPSE", clinician), "the loop ran");
        assertEquals(
                "Retitled after the loop",
                as.call(clinician, () -> cases.get(stopped.id())).title(),
                "the caller's change after the run is written at its commit");
    }

    /** A case whose mepolizumab was stopped a month ago, in remission when last measured before the stop. */
    private CaseDetail stoppedInRemission() throws Exception {
        LocalDate measured = TODAY.minusDays(40);
        return readyCase(
                List.of(line("mepolizumab", TODAY.minusDays(420), TODAY.minusDays(30))),
                List.of(
                        new ObservationRequest("act", 22, "points", measured, null),
                        new ObservationRequest("exacerbations-12m", 0, "count", measured, null),
                        new ObservationRequest("fev1-pct-pred", 86, "%", measured, null)));
    }

    private void exacerbation(long caseId) throws Exception {
        as.call(
                clinician,
                () -> events.record(
                        caseId,
                        null,
                        new EventRequest(
                                "EXACERBATION",
                                TODAY.minusDays(5),
                                new EventDetails(true, false, null, null, null, null, null),
                                "After stopping mepolizumab")));
    }

    private void assertOnceOnTheAgenda(long caseId, long meetingId) {
        assertEquals(1, probe.agendaItems(caseId, meetingId), "on the next meeting's agenda once");
        assertEquals(1, probe.reviewCalls(caseId), "one review call");
        assertEquals(1, probe.notifications(caseId, "REVIEW_DUE", clinician), "the clinician is told once");
        assertEquals(1, probe.notifications(caseId, "REVIEW_DUE", chair), "the chair is told once");
    }

    private CaseDetail readyCase(List<TreatmentLineRequest> lines, List<ObservationRequest> observations)
            throws Exception {
        CaseDetail created = as.call(
                clinician,
                () -> cases.create(new NewCase(
                        new PatientRequest(null, 1975, "F"),
                        "severe-asthma",
                        team,
                        null,
                        "Outcome after a decision",
                        observations,
                        lines,
                        List.of())));
        return as.call(
                clinician, () -> cases.changeStatus(created.id(), created.version(), CaseStatus.READY_FOR_REVIEW));
    }

    private static TreatmentLineRequest line(String therapy, LocalDate start, LocalDate end) {
        return new TreatmentLineRequest(
                therapy,
                null,
                start,
                end,
                end == null ? null : "COMPLETE",
                end == null ? null : "Stepped down",
                true,
                null,
                null,
                null,
                null);
    }

    private long schedule(int daysAhead) throws Exception {
        LocalDateTime when = LocalDateTime.of(TODAY.plusDays(daysAhead), java.time.LocalTime.of(14, 0));
        return as.call(chair, () -> meetings.schedule(new MeetingRequest(team, "Loop MDT", when, 60, "Room 1", null)))
                .id();
    }

    /** Lists, discusses and signs a recommendation (continue mepolizumab) with the given follow-up date. */
    private long signRecommendation(long caseId, LocalDate followUpOn) throws Exception {
        as.call(chair, () -> attendance.changeQuorumRule(team, 1, List.of()));
        long meeting = schedule(30);
        ChairedMeeting run = new ChairedMeeting(as, chair, meetings, attendance, recommendations);
        long item = run.discuss(meeting, caseId, List.of(chair));
        return run.sign(
                meeting,
                item,
                new RecommendationRequest(
                        "CONTINUE", null, "Responding: continue and review", null, null, followUpOn, null),
                PASSWORD);
    }
}
