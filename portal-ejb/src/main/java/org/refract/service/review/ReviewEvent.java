package org.refract.service.review;

import java.util.Objects;

/**
 * Something happened in a case review that people may need to hear of. Fired (CDI, synchronously, inside the
 * clinical transaction) by the meeting services ({@link MeetingScheduleService}, {@link RecommendationService}, ...) and {@link DiscussionService}; {@link ReviewNotifications}
 * turns it into notifications in the same transaction and e-mails after the commit.
 *
 * @param kind what happened
 * @param meetingId the meeting, for a listing or a sign-off
 * @param caseId the case it concerns
 * @param commentId the comment, for a mention
 * @param actor user name of who did it (never told about it)
 */
public record ReviewEvent(Kind kind, Long meetingId, long caseId, Long commentId, String actor) {

    public enum Kind {
        CASE_LISTED,
        RECOMMENDATION_SIGNED,
        COMMENT_POSTED
    }

    public ReviewEvent {
        Objects.requireNonNull(kind, "The kind is required.");
        Objects.requireNonNull(actor, "The actor is required.");
    }

    public static ReviewEvent caseListed(long meetingId, long caseId, String actor) {
        return new ReviewEvent(Kind.CASE_LISTED, meetingId, caseId, null, actor);
    }

    public static ReviewEvent recommendationSigned(long meetingId, long caseId, String actor) {
        return new ReviewEvent(Kind.RECOMMENDATION_SIGNED, meetingId, caseId, null, actor);
    }

    public static ReviewEvent commentPosted(long caseId, long commentId, String actor) {
        return new ReviewEvent(Kind.COMMENT_POSTED, null, caseId, commentId, actor);
    }
}
