package org.refract.domain.review;

/** Why a person is told about something in the portal (and by e-mail, when they asked for it). */
public enum NotificationKind {
    /** A case they are responsible for was put on a meeting's agenda. */
    CASE_LISTED,
    /** Someone mentioned them in a case discussion. */
    MENTION,
    /** A signed recommendation gives them an action item. */
    ACTION_ASSIGNED,
    /** The chair signed the recommendation on a case they are responsible for or sat in on. */
    RECOMMENDATION_SIGNED,
    /** A case they are responsible for (or whose team they chair) is due for review: follow-up or response. */
    REVIEW_DUE,
    /** After a therapy that had brought remission stopped, the remission rule no longer holds on their case. */
    RELAPSE,
    /** Their own password was changed: if they did not do it, they can tell an administrator at once. */
    PASSWORD_CHANGED
}
