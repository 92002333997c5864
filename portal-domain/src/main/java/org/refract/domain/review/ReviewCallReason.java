package org.refract.domain.review;

/** Why the review job brought a case back to its team. */
public enum ReviewCallReason {
    /** The follow-up date of a signed recommendation has come. */
    FOLLOW_UP,
    /** A therapy with a response rule has run for its review interval. */
    RESPONSE_REVIEW,
    /** After a therapy that had brought remission stopped, the remission rule no longer holds. */
    RELAPSE
}
