package org.refract.domain.casework;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * The workflow of a clinical case, from the clinician's draft through team review to follow-up. A case returns to
 * {@link #READY_FOR_REVIEW} whenever it must be (re-)discussed, e.g. when a meeting listed but did not discuss it.
 */
public enum CaseStatus {
    DRAFT("Draft"),
    READY_FOR_REVIEW("Ready for review"),
    IN_REVIEW("In review"),
    RECOMMENDATION_ISSUED("Recommendation issued"),
    FOLLOW_UP("Follow-up"),
    CLOSED("Closed");

    private final String label;

    CaseStatus(String label) {
        this.label = label;
    }

    /** The statuses reachable in one step from this one. */
    public Set<CaseStatus> successors() {
        return Collections.unmodifiableSet(
                switch (this) {
                    case DRAFT -> EnumSet.of(READY_FOR_REVIEW);
                    case READY_FOR_REVIEW -> EnumSet.of(DRAFT, IN_REVIEW);
                    case IN_REVIEW -> EnumSet.of(RECOMMENDATION_ISSUED, READY_FOR_REVIEW);
                    case RECOMMENDATION_ISSUED -> EnumSet.of(FOLLOW_UP, READY_FOR_REVIEW);
                    case FOLLOW_UP -> EnumSet.of(CLOSED, READY_FOR_REVIEW);
                    case CLOSED -> EnumSet.of(READY_FOR_REVIEW);
                });
    }

    public boolean canMoveTo(CaseStatus target) {
        return target != null && successors().contains(target);
    }

    /** Clinical data may be changed in every status but {@link #CLOSED}; a closed case must be reopened first. */
    public boolean isEditable() {
        return this != CLOSED;
    }

    /** English display name, for messages. */
    public String label() {
        return label;
    }
}
