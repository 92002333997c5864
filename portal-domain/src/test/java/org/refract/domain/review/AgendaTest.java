package org.refract.domain.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.refract.domain.review.ReviewFixtures.NOW;

import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.refract.domain.casework.CaseStatus;
import org.refract.domain.casework.ClinicalCase;
import org.refract.domain.casework.Patient;
import org.refract.domain.casework.Sex;
import org.refract.domain.shared.InvalidInputException;
import org.refract.domain.shared.InvalidStateException;

class AgendaTest {

    private final ReviewFixtures f = new ReviewFixtures();

    @Test
    void listsReadyCasesOfTheTeamOnceEach() {
        Meeting meeting = f.meeting();
        ClinicalCase ready = f.readyCase("P-1001");
        meeting.list(ready, 15, null);
        assertThrows(InvalidStateException.class, () -> meeting.list(ready, 10, null));

        ClinicalCase draft = new ClinicalCase(
                ready.getPatient(), ReviewFixtures.ASTHMA, f.team, f.chair, "Draft case", null, "r.chair", NOW);
        assertThrows(InvalidStateException.class, () -> meeting.list(draft, 10, null));

        ClinicalCase foreign = new ClinicalCase(
                new Patient(f.otherTeam, "P-1001", 1970, Sex.F, NOW),
                ReviewFixtures.MG,
                f.otherTeam,
                f.outsider,
                "Other team's case",
                null,
                "n.neuro",
                NOW);
        foreign.submitForReview("n.neuro", NOW);
        assertThrows(InvalidStateException.class, () -> meeting.list(foreign, 10, null));
        assertEquals(15, meeting.plannedMinutes());
    }

    @Test
    void reordersAndRenumbers() {
        Meeting meeting = f.meeting();
        AgendaItem a = meeting.list(f.readyCase("P-1001"), 10, null);
        AgendaItem b = meeting.list(f.readyCase("P-1002"), 10, null);
        AgendaItem c = meeting.list(f.readyCase("P-1003"), 10, null);
        meeting.move(c, 0);
        assertEquals(List.of(c, a, b), meeting.getAgenda());
        meeting.move(c, 99);
        assertEquals(List.of(a, b, c), meeting.getAgenda());
        meeting.unlist(a);
        assertEquals(List.of(b, c), meeting.getAgenda());
        assertEquals(
                List.of(0, 1),
                meeting.getAgenda().stream().map(AgendaItem::getPosition).toList());
    }

    @Test
    void minutesMustBeSensible() {
        Meeting meeting = f.meeting();
        assertThrows(InvalidInputException.class, () -> meeting.list(f.readyCase("P-1001"), 0, null));
    }

    @Test
    void closingCarriesOverCasesNotReachedAndCasesWithoutSignedRecommendation() {
        Meeting meeting = f.meeting();
        AgendaItem notReached = meeting.list(f.readyCase("P-1001"), 10, null);
        AgendaItem deferred = meeting.list(f.readyCase("P-1002"), 10, null);
        AgendaItem decided = meeting.list(f.readyCase("P-1003"), 10, null);
        meeting.start();
        meeting.recordAttendance(f.chair, AttendanceStatus.PRESENT, null, "r.nurse", NOW);
        meeting.recordAttendance(f.pharmacist, AttendanceStatus.PRESENT, null, "r.nurse", NOW);
        meeting.recordAttendance(f.nurse, AttendanceStatus.PRESENT, null, "r.nurse", NOW);
        meeting.discuss(deferred, "r.chair", NOW);
        assertEquals(CaseStatus.IN_REVIEW, deferred.getClinicalCase().getStatus());
        meeting.discuss(decided, "r.chair", NOW);
        decided.recommend(ReviewFixtures.switchTo(ReviewFixtures.MEPOLIZUMAB), "r.chair", NOW);
        decided.signOff(f.chair, org.refract.domain.identity.TeamRole.CHAIR, NOW);

        List<AgendaItem> carried = meeting.close("r.chair", NOW);

        assertEquals(List.of(notReached, deferred), carried);
        assertEquals(AgendaItemStatus.NOT_DISCUSSED, notReached.getStatus());
        assertEquals(AgendaItemStatus.DEFERRED, deferred.getStatus());
        assertEquals(CaseStatus.READY_FOR_REVIEW, deferred.getClinicalCase().getStatus());
        assertEquals(AgendaItemStatus.DECIDED, decided.getStatus());
        assertEquals(MeetingStatus.CLOSED, meeting.getStatus());
        assertThrows(InvalidStateException.class, () -> meeting.list(f.readyCase("P-1009"), 10, null));

        Meeting next = new Meeting(
                f.team, "Next MDT", ReviewFixtures.MEETING_TIME.plusWeeks(1), 60, "Room 4", null, "r.nurse", NOW);
        AgendaItem alreadyThere = next.list(notReached.getClinicalCase(), 20, null);
        List<AgendaItem> listed = next.carryOver(carried);
        assertEquals(1, listed.size());
        assertEquals(deferred.getClinicalCase(), listed.get(0).getClinicalCase());
        assertTrue(listed.get(0).isCarriedOver());
        assertEquals(deferred, listed.get(0).getCarriedFrom().orElseThrow());
        assertEquals(List.of(alreadyThere, listed.get(0)), next.getAgenda());
    }

    @Test
    void meetingNeedsAPlaceOrALinkAndAValidLink() {
        LocalDateTime when = ReviewFixtures.MEETING_TIME;
        assertThrows(
                InvalidInputException.class, () -> new Meeting(f.team, "MDT", when, 60, " ", null, "r.nurse", NOW));
        assertThrows(
                InvalidInputException.class,
                () -> new Meeting(f.team, "MDT", when, 60, null, "javascript:alert(1)", "r.nurse", NOW));
        assertThrows(
                InvalidInputException.class, () -> new Meeting(f.team, "MDT", when, 2, "Room", null, "r.nurse", NOW));
        Meeting online = new Meeting(f.team, "MDT", when, 60, null, "https://video.example/mdt", "r.nurse", NOW);
        assertEquals(when.plusHours(1), online.getEndsAt());
    }

    @Test
    void discussionOnlyOnceStarted() {
        Meeting meeting = f.meeting();
        AgendaItem item = meeting.list(f.readyCase("P-1001"), 10, null);
        assertThrows(InvalidStateException.class, () -> meeting.discuss(item, "r.chair", NOW));
        meeting.start();
        assertThrows(InvalidStateException.class, meeting::start);
        meeting.discuss(item, "r.chair", NOW);
        meeting.discuss(item, "r.chair", NOW);
        assertEquals(AgendaItemStatus.IN_DISCUSSION, item.getStatus());
        assertThrows(InvalidStateException.class, () -> meeting.unlist(item));
    }
}
