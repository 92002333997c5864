package org.refract.domain.decision;

/** A trial's overall recruitment status, as the public registries name it. */
public enum TrialStatus {
    NOT_YET_RECRUITING(true),
    RECRUITING(true),
    ENROLLING_BY_INVITATION(true),
    ACTIVE_NOT_RECRUITING(false),
    SUSPENDED(false),
    COMPLETED(false),
    TERMINATED(false),
    WITHDRAWN(false);

    private final boolean open;

    TrialStatus(boolean open) {
        this.open = open;
    }

    /** Whether a patient could still be referred: only open trials appear in a case's decision support. */
    public boolean isOpen() {
        return open;
    }
}
