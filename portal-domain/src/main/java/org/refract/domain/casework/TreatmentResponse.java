package org.refract.domain.casework;

/** How the disease responded to a treatment line. */
public enum TreatmentResponse {
    NONE,
    PARTIAL,
    COMPLETE,
    /** Stopped or limited by side effects, so the response says nothing about resistance. */
    INTOLERANT,
    UNKNOWN;

    /** True when the therapy was taken but did not (fully) work. */
    public boolean isFailure() {
        return this == NONE || this == PARTIAL;
    }
}
