package org.refract.it.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.refract.it.BrokenRule.assertBroken;
import static org.refract.it.review.ReviewAccounts.CHAIR;
import static org.refract.it.review.ReviewAccounts.COORDINATOR;
import static org.refract.it.review.ReviewAccounts.PASSWORD;
import static org.refract.it.review.ReviewAccounts.PHARMACIST;
import static org.refract.it.review.ReviewAccounts.PULMONOLOGIST;

import jakarta.ejb.EJB;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.hibernate.SessionFactory;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;
import org.refract.domain.casework.CaseStatus;
import org.refract.domain.review.AttendanceStatus;
import org.refract.domain.review.VoteChoice;
import org.refract.domain.shared.InvalidStateException;
import org.refract.it.AsUser;
import org.refract.it.DatabaseSensitive;
import org.refract.it.Deployments;
import org.refract.it.SqlStatements;
import org.refract.service.casework.CaseDetail;
import org.refract.service.casework.CaseService;
import org.refract.service.review.ActionItemService;
import org.refract.service.review.ActionRequest;
import org.refract.service.review.ItemDetail;
import org.refract.service.review.MeetingAttendanceService;
import org.refract.service.review.MeetingDetail;
import org.refract.service.review.MeetingRequest;
import org.refract.service.review.MeetingRow;
import org.refract.service.review.MeetingScheduleService;
import org.refract.service.review.ProposalRequest;
import org.refract.service.review.RecommendationRequest;
import org.refract.service.review.RecommendationService;
import org.refract.service.shared.AccessDeniedException;
import org.refract.service.shared.ConflictException;
import org.refract.service.shared.InvalidRequestException;
import org.refract.service.shared.NotFoundException;

/**
 * A respiratory meeting through the services: agenda from ready cases, attendance and quorum, proposal and votes,
 * sign-off (refused without quorum, for a non-chair, with a wrong password), the lock and addendum, carry-over to
 * the next meeting, the other team shut out, and every step in the audit history.
 */
@DatabaseSensitive
@ExtendWith(ArquillianExtension.class)
class ReviewMeetingLifecycleIT {

    static final String OTHER_TEAM = "neuro.neuro";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.portalWithTests();
    }

    @EJB
    AsUser as;

    @EJB
    CaseService cases;

    @EJB
    MeetingScheduleService meetings;

    @EJB
    MeetingAttendanceService attendance;

    @EJB
    RecommendationService recommendations;

    @EJB
    ActionItemService actionItems;

    @EJB
    ReviewAudit audit;

    @PersistenceContext
    EntityManager em;

    CaseDetail first;
    CaseDetail second;
    LocalDateTime when;

    @BeforeEach
    void twoReadyCasesAndTheRespiratoryRule() throws Exception {
        as.call(CHAIR, () -> attendance.changeQuorumRule("respiratory", 3, List.of("PULMONOLOGIST", "PHARMACIST")));
        first = ready("First case for the MDT");
        second = ready("Second case for the MDT");
        // A distinct slot per test run, far enough ahead not to meet the demo meetings.
        when = LocalDateTime.of(2030, 1, 7, 14, 0)
                .plusDays(ThreadLocalRandom.current().nextInt(3000) * 7L);
    }

    @Test
    void chairRunsAMeetingFromAgendaToSignedRecommendation() throws Exception {
        MeetingDetail meeting = as.call(COORDINATOR, () -> meetings.schedule(request(when)));
        long id = meeting.id();
        assertTrue(
                as.call(COORDINATOR, () -> meetings.readyCases(id)).stream().anyMatch(c -> c.caseId() == first.id()),
                "ready cases are offered for the agenda");
        MeetingDetail scheduled = meeting;
        MeetingDetail listed = as.call(COORDINATOR, () -> meetings.list(id, scheduled.version(), first.id(), 20));
        meeting = as.call(COORDINATOR, () -> meetings.list(id, listed.version(), second.id(), 10));
        assertEquals(
                List.of(first.id(), second.id()),
                meeting.agenda().stream().map(r -> r.caseId()).toList());
        long firstItem = meeting.agenda().get(0).itemId();
        long secondItem = meeting.agenda().get(1).itemId();
        MeetingDetail both = meeting;
        meeting = as.call(COORDINATOR, () -> meetings.move(id, both.version(), secondItem, 0));
        assertEquals(
                List.of(second.id(), first.id()),
                meeting.agenda().stream().map(r -> r.caseId()).toList());
        MeetingDetail moved = meeting;
        meeting = as.call(COORDINATOR, () -> meetings.move(id, moved.version(), secondItem, 1));

        assertThrows(
                AccessDeniedException.class,
                () -> as.call(PULMONOLOGIST, () -> attendance.start(id)),
                "a plain member does not run the meeting");
        as.call(COORDINATOR, () -> attendance.start(id));
        as.call(COORDINATOR, () -> attendance.recordAttendance(id, CHAIR, AttendanceStatus.PRESENT, null));
        meeting = as.call(
                COORDINATOR, () -> attendance.recordAttendance(id, COORDINATOR, AttendanceStatus.PRESENT, null));
        assertFalse(meeting.quorum().met());
        assertEquals(List.of("PHARMACIST"), meeting.quorum().missingDisciplines());

        ItemDetail item = as.call(CHAIR, () -> recommendations.discuss(id, firstItem));
        assertEquals("IN_DISCUSSION", item.item().status());
        assertEquals(
                CaseStatus.IN_REVIEW,
                as.call(PULMONOLOGIST, () -> cases.get(first.id())).status());
        assertEquals(secondItem, item.nextItemId());
        item = as.call(
                PULMONOLOGIST,
                () -> recommendations.propose(
                        id,
                        firstItem,
                        new ProposalRequest("mepolizumab", "Eosinophils 450 on two occasions", "GINA 2024 step 5")));
        long proposal = item.proposals().get(0).id();
        assertThrows(
                AccessDeniedException.class,
                () -> as.call(PULMONOLOGIST, () -> recommendations.vote(id, proposal, VoteChoice.SUPPORT, null)),
                "only members present vote");
        as.call(COORDINATOR, () -> attendance.recordAttendance(id, PULMONOLOGIST, AttendanceStatus.PRESENT, null));
        as.call(PULMONOLOGIST, () -> recommendations.vote(id, proposal, VoteChoice.SUPPORT, null));
        as.call(CHAIR, () -> recommendations.vote(id, proposal, VoteChoice.OPPOSE, "Adherence first"));
        item = as.call(CHAIR, () -> recommendations.vote(id, proposal, VoteChoice.SUPPORT, "Refills are fine"));
        assertEquals(2, item.proposals().get(0).support());
        assertEquals(0, item.proposals().get(0).oppose());

        as.call(CHAIR, () -> recommendations.recommend(id, firstItem, recommendation()));
        InvalidStateException noQuorum =
                assertBroken(() -> as.call(CHAIR, () -> recommendations.signOff(id, firstItem, PASSWORD)));
        assertTrue(noQuorum.getMessage().contains("PHARMACIST"), noQuorum.getMessage());
        as.call(COORDINATOR, () -> attendance.recordAttendance(id, PHARMACIST, AttendanceStatus.PRESENT, null));

        InvalidRequestException wrongPassword = assertThrows(
                InvalidRequestException.class,
                () -> as.call(CHAIR, () -> recommendations.signOff(id, firstItem, "not-the-password")));
        assertEquals("password", wrongPassword.getErrors().get(0).field());
        assertFalse(as.call(CHAIR, () -> recommendations.item(id, firstItem))
                .recommendation()
                .signed());
        assertBroken(
                () -> as.call(PULMONOLOGIST, () -> recommendations.signOff(id, firstItem, PASSWORD)),
                "only the chair signs");

        item = as.call(CHAIR, () -> recommendations.signOff(id, firstItem, PASSWORD));
        assertTrue(item.recommendation().signed());
        assertEquals("Dr Helen Park", item.recommendation().signedByName());
        assertEquals(
                CaseStatus.RECOMMENDATION_ISSUED,
                as.call(PULMONOLOGIST, () -> cases.get(first.id())).status());
        assertBroken(() -> as.call(CHAIR, () -> recommendations.recommend(id, firstItem, recommendation())), "locked");
        item = as.call(
                CHAIR, () -> recommendations.addAddendum(id, firstItem, "Start after the next dispensing check."));
        assertEquals(1, item.recommendation().addenda().size());
        assertEquals(
                1,
                as.call(PHARMACIST, () -> actionItems.myOpenActions()).stream()
                        .filter(a -> a.caseId() == first.id())
                        .count(),
                "the action reaches its owner");

        MeetingDetail next = as.call(COORDINATOR, () -> meetings.schedule(request(when.plusDays(7))));
        MeetingDetail closed = as.call(CHAIR, () -> attendance.close(id));
        assertEquals("CLOSED", closed.status());
        assertEquals("NOT_DISCUSSED", closed.agenda().get(1).status());
        MeetingDetail carried = as.call(COORDINATOR, () -> meetings.get(next.id()));
        assertEquals(1, carried.agenda().size(), "the case not reached is carried over");
        assertEquals(second.id(), carried.agenda().get(0).caseId());
        assertTrue(carried.agenda().get(0).carriedOver());

        Long recommendationId = item.recommendation().id();
        assertTrue(audit.auditRows("review_meeting_aud", "id", id) >= 3, "scheduled, started, closed");
        assertTrue(audit.auditRows("agenda_item_aud", "id", firstItem) >= 3, "listed, moved, discussed, decided");
        assertTrue(audit.auditRows("recommendation_aud", "id", recommendationId) >= 2, "drafted, signed, addendum");
        assertEquals(3, audit.auditRows("proposal_vote_aud", "proposal_id", proposal), "two votes and a change");
        assertEquals(4, audit.auditRows("meeting_attendance_aud", "meeting_id", id));
        assertEquals(1, audit.auditRows("recommendation_addendum_aud", "recommendation_id", recommendationId));
    }

    @Test
    void anAgendaChangeMadeOnAStaleAgendaIsAConflictAndChangesNothing() throws Exception {
        MeetingDetail scheduled = as.call(COORDINATOR, () -> meetings.schedule(request(when)));
        long id = scheduled.id();
        MeetingDetail seen = as.call(COORDINATOR, () -> meetings.list(id, scheduled.version(), first.id(), 20));
        long firstItem = seen.agenda().get(0).itemId();
        MeetingDetail current = as.call(CHAIR, () -> meetings.list(id, seen.version(), second.id(), 10));

        assertThrows(
                ConflictException.class,
                () -> as.call(COORDINATOR, () -> meetings.move(id, seen.version(), firstItem, 1)),
                "the coordinator's page still shows one case");
        assertThrows(
                ConflictException.class,
                () -> as.call(COORDINATOR, () -> meetings.plan(id, seen.version(), firstItem, 5)));
        assertThrows(
                ConflictException.class,
                () -> as.call(COORDINATOR, () -> meetings.unlist(id, seen.version(), firstItem)));

        MeetingDetail after = as.call(COORDINATOR, () -> meetings.get(id));
        assertEquals(current.version(), after.version());
        assertEquals(
                List.of(first.id(), second.id()),
                after.agenda().stream().map(r -> r.caseId()).toList());
        assertEquals(20, after.agenda().get(0).minutes());
        MeetingDetail moved = as.call(COORDINATOR, () -> meetings.move(id, after.version(), firstItem, 1));
        assertEquals(
                List.of(second.id(), first.id()),
                moved.agenda().stream().map(r -> r.caseId()).toList());
    }

    @Test
    void aCoverMustBeAnActiveMemberOfTheTeamAndOthersAreNotTold() throws Exception {
        long id = as.call(COORDINATOR, () -> meetings.schedule(request(when))).id();

        InvalidRequestException outsider = assertThrows(
                InvalidRequestException.class,
                () -> as.call(
                        COORDINATOR,
                        () -> attendance.recordAttendance(id, PHARMACIST, AttendanceStatus.ABSENT, OTHER_TEAM)));
        InvalidRequestException nobody = assertThrows(
                InvalidRequestException.class,
                () -> as.call(
                        COORDINATOR,
                        () -> attendance.recordAttendance(id, PHARMACIST, AttendanceStatus.ABSENT, "no.such.user")));

        assertEquals("cover", outsider.getErrors().get(0).field());
        assertEquals(
                outsider.getErrors().get(0).message().replace(OTHER_TEAM, "X"),
                nobody.getErrors().get(0).message().replace("no.such.user", "X"));
        assertTrue(
                as.call(COORDINATOR, () -> meetings.get(id)).attendance().stream()
                        .allMatch(a -> a.status() == null),
                "nothing recorded");
    }

    @Test
    void anotherTeamCannotSeeOrTouchTheMeeting() throws Exception {
        MeetingDetail meeting = as.call(COORDINATOR, () -> meetings.schedule(request(when)));
        long id = meeting.id();
        long version = meeting.version();
        meeting = as.call(COORDINATOR, () -> meetings.list(id, version, first.id(), 15));
        long item = meeting.agenda().get(0).itemId();
        as.call(COORDINATOR, () -> attendance.start(id));
        as.call(COORDINATOR, () -> attendance.recordAttendance(id, CHAIR, AttendanceStatus.PRESENT, null));
        ItemDetail detail = as.call(
                CHAIR, () -> recommendations.propose(id, item, new ProposalRequest("dupilumab", "FeNO high", null)));
        long proposal = detail.proposals().get(0).id();

        List<Executable> everything = List.of(
                () -> as.call(OTHER_TEAM, () -> meetings.get(id)),
                () -> as.call(OTHER_TEAM, () -> recommendations.item(id, item)),
                () -> as.call(OTHER_TEAM, () -> meetings.readyCases(id)),
                () -> as.call(OTHER_TEAM, () -> recommendations.vote(id, proposal, VoteChoice.OPPOSE, null)),
                () -> as.call(
                        OTHER_TEAM,
                        () -> recommendations.propose(id, item, new ProposalRequest("dupilumab", "x", null))),
                () -> as.call(OTHER_TEAM, () -> recommendations.recommend(id, item, recommendation())),
                () -> as.call(OTHER_TEAM, () -> recommendations.signOff(id, item, PASSWORD)),
                () -> as.call(
                        OTHER_TEAM, () -> attendance.recordAttendance(id, OTHER_TEAM, AttendanceStatus.PRESENT, null)),
                () -> as.call(OTHER_TEAM, () -> attendance.close(id)),
                () -> as.call(OTHER_TEAM, () -> attendance.quorumRule("respiratory")),
                () -> as.call(OTHER_TEAM, () -> meetings.schedule(request(when))));
        for (Executable operation : everything) {
            assertThrows(NotFoundException.class, operation);
        }
        assertTrue(
                as
                        .call(
                                OTHER_TEAM,
                                () -> meetings.calendar(
                                        when.toLocalDate(), when.toLocalDate().plusDays(1)))
                        .stream()
                        .noneMatch(m -> m.id() == id),
                "not in the other team's calendar");
        assertEquals(
                0,
                as.call(CHAIR, () -> recommendations.item(id, item))
                        .proposals()
                        .get(0)
                        .votes()
                        .size());
        assertNull(as.call(CHAIR, () -> recommendations.item(id, item)).recommendation());
    }

    @Test
    void quorumRuleIsTheChairsOrCoordinatorsToChange() throws Exception {
        assertThrows(
                AccessDeniedException.class,
                () -> as.call(PULMONOLOGIST, () -> attendance.changeQuorumRule("respiratory", 1, List.of())));
        assertFalse(as.call(PULMONOLOGIST, () -> attendance.quorumRule("respiratory"))
                .editable());
        var rule = as.call(
                COORDINATOR,
                () -> attendance.changeQuorumRule(
                        "respiratory", 4, List.of("PHARMACIST", "PULMONOLOGIST", "SPECIALIST_NURSE")));
        assertEquals(4, rule.minimumPresent());
        assertEquals(List.of("PULMONOLOGIST", "PHARMACIST", "SPECIALIST_NURSE"), rule.requiredDisciplines());
        as.call(CHAIR, () -> attendance.changeQuorumRule("respiratory", 3, List.of("PULMONOLOGIST", "PHARMACIST")));
    }

    /**
     * A broken domain rule. The domain exceptions are application exceptions of the EJB module (ejb-jar.xml); the
     * test's {@link AsUser} bean lives in the test WAR, where they are not, so it wraps them in an EJBException.
     */
    @Test
    void theCalendarAndTheUpcomingMeetingsCountTheAgendaWithoutReadingIt() throws Exception {
        MeetingDetail scheduled = as.call(COORDINATOR, () -> meetings.schedule(request(when)));
        long id = scheduled.id();
        MeetingDetail listed = as.call(COORDINATOR, () -> meetings.list(id, scheduled.version(), first.id(), 20));
        as.call(COORDINATOR, () -> meetings.list(id, listed.version(), second.id(), 10));
        SqlStatements sql = new SqlStatements(em.getEntityManagerFactory().unwrap(SessionFactory.class));

        SqlStatements.Measured<List<MeetingRow>> calendar = sql.measure(() -> as.call(
                CHAIR,
                () -> meetings.calendar(when.toLocalDate(), when.toLocalDate().plusDays(1))));
        SqlStatements.Measured<List<MeetingRow>> upcoming =
                sql.measure(() -> as.call(CHAIR, () -> meetings.upcoming(10_000)));

        for (SqlStatements.Measured<List<MeetingRow>> rows : List.of(calendar, upcoming)) {
            assertEquals(
                    2,
                    rows.result().stream()
                            .filter(m -> m.id() == id)
                            .findFirst()
                            .orElseThrow()
                            .cases(),
                    "two cases on the agenda");
            // Counted, not loaded: a meeting with thousands of cases on its agenda cost the home page 600 ms.
            assertTrue(
                    rows.statements().stream().noneMatch(s -> s.contains("from agenda_item") && !s.contains("count(")),
                    rows::toString);
        }
    }

    private CaseDetail ready(String summary) throws Exception {
        return ReadyCases.ready(as, cases, 1972, "M", summary, ReadyCases.techniqueChecked());
    }

    private static MeetingRequest request(LocalDateTime at) {
        return new MeetingRequest("respiratory", "Severe asthma MDT", at, 60, "Chest clinic seminar room", null);
    }

    private static RecommendationRequest recommendation() {
        return new RecommendationRequest(
                "SWITCH_THERAPY",
                "mepolizumab",
                "Eosinophilic phenotype, OCS-dependent.",
                List.of("adherence"),
                List.of(new ActionRequest(
                        "Check dispensing records", PHARMACIST, LocalDate.now().plusDays(14))),
                LocalDate.now().plusMonths(4));
    }
}
