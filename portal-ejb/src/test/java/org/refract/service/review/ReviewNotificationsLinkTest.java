package org.refract.service.review;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ReviewNotificationsLinkTest {

    @AfterEach
    void clearAddress() {
        System.clearProperty(ReviewNotifications.PORTAL_URL);
    }

    @Test
    void aMentionLinksToTheCaseDiscussionAtThePortalsAddress() {
        System.setProperty(ReviewNotifications.PORTAL_URL, "https://refract.hospital.example//");
        assertEquals(
                "Open the case in Refract: https://refract.hospital.example/portal/cases/case.xhtml?id=7"
                        + "&tab=discussion",
                ReviewNotifications.link(new ReviewEvent(ReviewEvent.Kind.COMMENT_POSTED, null, 7, 3L, "resp.pulm")));
    }

    @Test
    void aListingLinksToTheMeetingAndTheDefaultAddressIsTheLocalPortal() {
        assertEquals(
                "Open the meeting in Refract: http://localhost:8080/portal/meetings/meeting.xhtml?id=4",
                ReviewNotifications.link(new ReviewEvent(ReviewEvent.Kind.CASE_LISTED, 4L, 7, null, "resp.coord")));
        assertEquals(
                "Open the case in Refract: http://localhost:8080/portal/cases/case.xhtml?id=7",
                ReviewNotifications.link(
                        new ReviewEvent(ReviewEvent.Kind.RECOMMENDATION_SIGNED, 4L, 7, null, "resp.chair")));
    }
}
