package org.refract.it.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.refract.it.review.ReviewAccounts.CHAIR;
import static org.refract.it.review.ReviewAccounts.COORDINATOR;
import static org.refract.it.review.ReviewAccounts.PASSWORD;
import static org.refract.it.review.ReviewAccounts.PHARMACIST;
import static org.refract.it.review.ReviewAccounts.PULMONOLOGIST;

import jakarta.ejb.EJB;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.refract.domain.review.AttendanceStatus;
import org.refract.it.AsUser;
import org.refract.it.Deployments;
import org.refract.service.casework.CaseDetail;
import org.refract.service.casework.CaseService;
import org.refract.service.review.ActionRequest;
import org.refract.service.review.MeetingAttendanceService;
import org.refract.service.review.MeetingRequest;
import org.refract.service.review.MeetingScheduleService;
import org.refract.service.review.NotificationRow;
import org.refract.service.review.NotificationService;
import org.refract.service.review.RecommendationRequest;
import org.refract.service.review.RecommendationService;
import org.refract.service.shared.NotFoundException;

/**
 * Notifications from the meeting services: the responsible clinician hears that the case is on an agenda, the action
 * owner of their action, and those present and the responsible clinician of the signature; the chair who did it
 * hears nothing. Notifications are private: marking someone else's read is "not found".
 */
@ExtendWith(ArquillianExtension.class)
class ReviewNotificationIT {

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
    NotificationService notifications;

    @Test
    void listingAndSignOffNotifyTheRightPeople() throws Exception {
        as.call(CHAIR, () -> attendance.changeQuorumRule("respiratory", 2, List.of()));
        CaseDetail ready = ready();
        LocalDateTime when = LocalDateTime.of(2031, 3, 3, 14, 0)
                .plusDays(ThreadLocalRandom.current().nextInt(3000) * 7L);
        long meetingId = as.call(
                        COORDINATOR,
                        () -> meetings.schedule(
                                new MeetingRequest("respiratory", "Notification MDT", when, 60, "Room 2", null)))
                .id();
        long itemId = as.call(
                        COORDINATOR,
                        () -> meetings.list(meetingId, meetings.get(meetingId).version(), ready.id(), 15))
                .agenda()
                .get(0)
                .itemId();

        NotificationRow listed = latestAbout(PULMONOLOGIST, ready.id());
        assertEquals("CASE_LISTED", listed.kind());
        assertEquals(meetingId, listed.meetingId());
        assertTrue(
                listed.text().startsWith(ready.pseudonym() + " is on the agenda of Notification MDT"), listed.text());

        as.call(COORDINATOR, () -> attendance.start(meetingId));
        for (String member : List.of(CHAIR, PHARMACIST, COORDINATOR)) {
            as.call(COORDINATOR, () -> attendance.recordAttendance(meetingId, member, AttendanceStatus.PRESENT, null));
        }
        as.call(CHAIR, () -> recommendations.discuss(meetingId, itemId));
        as.call(
                CHAIR,
                () -> recommendations.recommend(
                        meetingId,
                        itemId,
                        new RecommendationRequest(
                                "SWITCH_THERAPY",
                                "mepolizumab",
                                "Eosinophilic phenotype.",
                                List.of(),
                                List.of(
                                        new ActionRequest(
                                                "Check dispensing records",
                                                PHARMACIST,
                                                LocalDate.now().plusDays(7)),
                                        new ActionRequest(
                                                "Write to the GP",
                                                CHAIR,
                                                LocalDate.now().plusDays(3))),
                                LocalDate.now().plusMonths(3))));
        long chairBefore = as.call(CHAIR, () -> notifications.unreadCount());
        as.call(CHAIR, () -> recommendations.signOff(meetingId, itemId, PASSWORD));

        List<String> pharmacist = kindsAbout(PHARMACIST, ready.id());
        assertTrue(
                pharmacist.contains("ACTION_ASSIGNED") && pharmacist.contains("RECOMMENDATION_SIGNED"),
                pharmacist.toString());
        assertTrue(kindsAbout(COORDINATOR, ready.id()).contains("RECOMMENDATION_SIGNED"), "present: told");
        assertTrue(kindsAbout(PULMONOLOGIST, ready.id()).contains("RECOMMENDATION_SIGNED"), "responsible: told");
        assertEquals(chairBefore, as.call(CHAIR, () -> notifications.unreadCount()), "the signer is not told");

        NotificationRow action = as.call(PHARMACIST, () -> notifications.latest(20)).stream()
                .filter(n -> n.kind().equals("ACTION_ASSIGNED") && ready.id() == n.caseId())
                .findFirst()
                .orElseThrow();
        assertTrue(action.text().contains("Check dispensing records"), action.text());
        assertThrows(
                NotFoundException.class,
                () -> as.call(COORDINATOR, () -> notifications.markRead(action.id())),
                "another person's notification does not exist for them");
        long unread = as.call(PHARMACIST, () -> notifications.unreadCount());
        assertTrue(
                as.call(PHARMACIST, () -> notifications.markRead(action.id())).read());
        assertEquals(unread - 1, as.call(PHARMACIST, () -> notifications.unreadCount()));
        as.call(PHARMACIST, () -> notifications.markAllRead());
        assertEquals(0, as.call(PHARMACIST, () -> notifications.unreadCount()));
    }

    @Test
    void emailPreferenceIsValidatedAndKept() throws Exception {
        Throwable bad = assertThrows(
                Exception.class,
                () -> as.call(COORDINATOR, () -> notifications.changePreference("not an address", true)));
        Throwable cause = bad instanceof jakarta.ejb.EJBException ? bad.getCause() : bad;
        assertTrue(cause instanceof org.refract.domain.shared.InvalidInputException, String.valueOf(cause));
        var saved = as.call(COORDINATOR, () -> notifications.changePreference("nurse@example.org", true));
        assertEquals("nurse@example.org", saved.email());
        assertTrue(saved.emailEnabled());
        assertEquals(
                "nurse@example.org",
                as.call(COORDINATOR, () -> notifications.preference()).email());
        as.call(COORDINATOR, () -> notifications.changePreference(null, false));
    }

    private NotificationRow latestAbout(String username, long caseId) throws Exception {
        return as.call(username, () -> notifications.latest(20)).stream()
                .filter(n -> n.caseId() != null && n.caseId() == caseId)
                .findFirst()
                .orElseThrow(() -> new AssertionError(username + " not told"));
    }

    private List<String> kindsAbout(String username, long caseId) throws Exception {
        return as.call(username, () -> notifications.latest(50)).stream()
                .filter(n -> n.caseId() != null && n.caseId() == caseId)
                .map(NotificationRow::kind)
                .toList();
    }

    private CaseDetail ready() throws Exception {
        return ReadyCases.ready(as, cases, 1975, "F", "For the notification test", ReadyCases.techniqueChecked());
    }
}
