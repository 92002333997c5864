package org.refract.domain.review;

/** A member's vote on a therapy proposal. */
public enum VoteChoice {
    SUPPORT,
    OPPOSE,
    ABSTAIN
}
