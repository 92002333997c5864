package org.refract.domain.review;

/**
 * What became of a case on an agenda. {@link #NOT_DISCUSSED} ("listed, not discussed") and {@link #DEFERRED}
 * (discussed, no signed recommendation) are carried over to the team's next meeting.
 */
public enum AgendaItemStatus {
    LISTED,
    IN_DISCUSSION,
    DECIDED,
    NOT_DISCUSSED,
    DEFERRED;

    /** Whether the case must go on the next meeting's agenda. */
    public boolean needsCarryOver() {
        return this == NOT_DISCUSSED || this == DEFERRED;
    }
}
