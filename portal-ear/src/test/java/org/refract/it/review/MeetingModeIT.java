package org.refract.it.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.refract.it.review.ReviewAccounts.CHAIR;
import static org.refract.it.review.ReviewAccounts.COORDINATOR;
import static org.refract.it.review.ReviewAccounts.PASSWORD;
import static org.refract.it.review.ReviewAccounts.PHARMACIST;
import static org.refract.it.review.ReviewAccounts.PULMONOLOGIST;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;
import org.refract.domain.review.AttendanceStatus;
import org.refract.domain.review.VoteChoice;
import org.refract.domain.shared.InvalidInputException;
import org.refract.it.AsUser;
import org.refract.it.Deployments;
import org.refract.service.casework.CaseDetail;
import org.refract.service.casework.CaseService;
import org.refract.service.review.ActionRequest;
import org.refract.service.review.CaseReviewRow;
import org.refract.service.review.ItemDetail;
import org.refract.service.review.MeetingAttendanceService;
import org.refract.service.review.MeetingRequest;
import org.refract.service.review.MeetingScheduleService;
import org.refract.service.review.OutcomeLetter;
import org.refract.service.review.ProposalRequest;
import org.refract.service.review.RecommendationRequest;
import org.refract.service.review.RecommendationService;
import org.refract.service.shared.AccessDeniedException;
import org.refract.service.shared.ConflictException;
import org.refract.service.shared.NotFoundException;

/**
 * The services behind meeting mode: minutes per case (chair or coordinator, audited), a recommendation draft saved
 * over someone else's newer draft refused with their name, the outcome letter only once signed and only for the
 * team, the reviews of a case for the case page; another team sees and changes none of it.
 */
@ExtendWith(ArquillianExtension.class)
class MeetingModeIT {

    static final String OTHER_TEAM = "neuro.chair";

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
    ReviewAudit audit;

    CaseDetail ready;
    long meetingId;
    long itemId;

    @BeforeEach
    void aStartedQuorateMeetingWithOneCase() throws Exception {
        as.call(CHAIR, () -> attendance.changeQuorumRule("respiratory", 3, List.of("PULMONOLOGIST", "PHARMACIST")));
        ready = ReadyCases.ready(as, cases, 1980, "F", "Meeting mode case", List.of());
        LocalDateTime when = LocalDateTime.of(2031, 2, 3, 14, 0)
                .plusDays(ThreadLocalRandom.current().nextInt(3000) * 7L);
        meetingId = as.call(
                        COORDINATOR,
                        () -> meetings.schedule(new MeetingRequest(
                                "respiratory", "Meeting mode MDT", when, 60, "Seminar room 2", null)))
                .id();
        itemId = as.call(
                        COORDINATOR,
                        () -> meetings.list(meetingId, meetings.get(meetingId).version(), ready.id(), 15))
                .agenda()
                .get(0)
                .itemId();
        as.call(COORDINATOR, () -> attendance.start(meetingId));
        for (String member : List.of(CHAIR, PULMONOLOGIST, PHARMACIST)) {
            as.call(COORDINATOR, () -> attendance.recordAttendance(meetingId, member, AttendanceStatus.PRESENT, null));
        }
        as.call(CHAIR, () -> recommendations.discuss(meetingId, itemId));
    }

    @Test
    void minutesAreTheChairsOrCoordinatorsAndAudited() throws Exception {
        ItemDetail item = as.call(
                COORDINATOR,
                () -> recommendations.recordMinutes(
                        meetingId, itemId, "FeNO 62 ppb; adherence confirmed by dispensing records."));
        assertEquals("FeNO 62 ppb; adherence confirmed by dispensing records.", item.notes());
        assertEquals("Joanna Lindqvist", item.notesByName());
        assertEquals(
                item.notes(),
                as.call(PULMONOLOGIST, () -> recommendations.item(meetingId, itemId))
                        .notes(),
                "every member reads the minutes");
        assertThrows(
                AccessDeniedException.class,
                () -> as.call(PULMONOLOGIST, () -> recommendations.recordMinutes(meetingId, itemId, "Mine")),
                "a plain member does not write them");
        Throwable tooLong = assertThrows(
                Exception.class,
                () -> as.call(COORDINATOR, () -> recommendations.recordMinutes(meetingId, itemId, "x".repeat(4001))));
        assertTrue(unwrapped(tooLong) instanceof InvalidInputException, () -> "got " + tooLong);
        assertEquals(1, audit.auditRowsWithValue("agenda_item_aud", "minutes_note", itemId));
    }

    @Test
    void aStaleDraftIsRefusedNamingWhoSavedFirst() throws Exception {
        ItemDetail first =
                as.call(CHAIR, () -> recommendations.recommend(meetingId, itemId, draft("Chair's draft", null)));
        long version = first.recommendation().version();
        assertEquals("Dr Helen Park", first.recommendation().draftedByName());

        ConflictException unseen = assertThrows(
                ConflictException.class,
                () -> as.call(
                        PULMONOLOGIST,
                        () -> recommendations.recommend(meetingId, itemId, draft("Written without seeing it", null))));
        assertEquals(CHAIR, unseen.getSavedBy());
        assertTrue(unseen.getMessage().contains("Dr Helen Park"), unseen.getMessage());

        ItemDetail second = as.call(
                PULMONOLOGIST,
                () -> recommendations.recommend(meetingId, itemId, draft("Revised on the chair's draft", version)));
        assertEquals("Revised on the chair's draft", second.recommendation().rationale());
        ConflictException stale = assertThrows(
                ConflictException.class,
                () -> as.call(
                        CHAIR,
                        () -> recommendations.recommend(
                                meetingId, itemId, draft("Chair again, on the old version", version))));
        assertEquals(PULMONOLOGIST, stale.getSavedBy());
        assertEquals(
                "Revised on the chair's draft",
                as.call(CHAIR, () -> recommendations.item(meetingId, itemId))
                        .recommendation()
                        .rationale());
        assertTrue(audit.auditRows(
                        "recommendation_aud", "id", second.recommendation().id())
                >= 2);
    }

    @Test
    void theOutcomeLetterIsForTheTeamOnceSigned() throws Exception {
        ItemDetail item = as.call(
                PULMONOLOGIST,
                () -> recommendations.propose(
                        meetingId,
                        itemId,
                        new ProposalRequest("mepolizumab", "Eosinophils 450 twice", "GINA 2024 step 5")));
        long proposal = item.proposals().get(0).id();
        as.call(PHARMACIST, () -> recommendations.vote(meetingId, proposal, VoteChoice.SUPPORT, null));
        as.call(CHAIR, () -> recommendations.recordMinutes(meetingId, itemId, "Agreed after the pharmacist's review."));
        as.call(CHAIR, () -> recommendations.recommend(meetingId, itemId, draft("Eosinophilic, OCS-dependent.", null)));
        assertThrows(
                NotFoundException.class,
                () -> as.call(PULMONOLOGIST, () -> recommendations.outcomeLetter(meetingId, itemId)),
                "no letter for a draft");
        assertFalse(as.call(PULMONOLOGIST, () -> meetings.reviewsOfCase(ready.id()))
                .get(0)
                .signed());

        as.call(CHAIR, () -> recommendations.signOff(meetingId, itemId, PASSWORD));
        OutcomeLetter letter = as.call(PHARMACIST, () -> recommendations.outcomeLetter(meetingId, itemId));
        assertEquals(ready.pseudonym(), letter.caseCode());
        assertEquals("Switch therapy", letter.decisionLabel());
        assertEquals("Mepolizumab", letter.therapyName());
        assertEquals("Agreed after the pharmacist's review.", letter.minutes());
        assertEquals("Dr Helen Park", letter.signedBy());
        assertEquals(1, letter.considered().get(0).support());
        assertEquals(1, letter.actions().size());
        assertEquals(3, letter.present().size());
        assertTrue(
                letter.present().stream().anyMatch(p -> p.endsWith("pharmacist")),
                letter.present().toString());

        List<CaseReviewRow> reviews = as.call(PULMONOLOGIST, () -> meetings.reviewsOfCase(ready.id()));
        assertEquals(1, reviews.size());
        assertTrue(reviews.get(0).signed());
        assertEquals("SWITCH_THERAPY", reviews.get(0).decision());
        assertTrue(as.call(OTHER_TEAM, () -> meetings.reviewsOfCase(ready.id())).isEmpty());
    }

    @Test
    void anotherTeamNeitherSeesNorChangesMeetingMode() throws Exception {
        ItemDetail item = as.call(
                PULMONOLOGIST,
                () -> recommendations.propose(meetingId, itemId, new ProposalRequest("dupilumab", "FeNO high", null)));
        long proposal = item.proposals().get(0).id();
        as.call(CHAIR, () -> recommendations.recommend(meetingId, itemId, draft("Draft", null)));
        as.call(CHAIR, () -> recommendations.signOff(meetingId, itemId, PASSWORD));
        List<Executable> everything = List.of(
                () -> as.call(OTHER_TEAM, () -> recommendations.item(meetingId, itemId)),
                () -> as.call(OTHER_TEAM, () -> recommendations.recordMinutes(meetingId, itemId, "Not ours")),
                () -> as.call(OTHER_TEAM, () -> recommendations.vote(meetingId, proposal, VoteChoice.SUPPORT, null)),
                () -> as.call(OTHER_TEAM, () -> recommendations.outcomeLetter(meetingId, itemId)),
                () -> as.call(OTHER_TEAM, () -> recommendations.addAddendum(meetingId, itemId, "Not ours")),
                () -> as.call(OTHER_TEAM, () -> recommendations.recommend(meetingId, itemId, draft("Not ours", 0L))));
        for (Executable operation : everything) {
            assertThrows(NotFoundException.class, operation);
        }
        ItemDetail unchanged = as.call(CHAIR, () -> recommendations.item(meetingId, itemId));
        assertNull(unchanged.notes());
        assertEquals(0, unchanged.proposals().get(0).votes().size());
        assertEquals(0, unchanged.recommendation().addenda().size());
    }

    private static RecommendationRequest draft(String rationale, Long version) {
        return new RecommendationRequest(
                "SWITCH_THERAPY",
                "mepolizumab",
                rationale,
                List.of(),
                List.of(new ActionRequest(
                        "Check dispensing records", PHARMACIST, LocalDate.now().plusDays(14))),
                LocalDate.now().plusMonths(4),
                version);
    }

    private static Throwable unwrapped(Throwable thrown) {
        return thrown instanceof EJBException && thrown.getCause() != null ? thrown.getCause() : thrown;
    }
}
