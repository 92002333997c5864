package org.refract.domain.casework;

/**
 * What a treatment line says about resistance. Only an {@link #ADEQUATE_FAILURE} counts towards a refractory
 * definition; the other values explain why a line does not (yet) count.
 */
public enum TrialAssessment {
    /** Adequate, adherence (and inhaler technique) confirmed, and the disease did not (fully) respond. */
    ADEQUATE_FAILURE,
    /** The team judged the trial inadequate (too short, too low a dose, ...). */
    INADEQUATE,
    /** The trial failed but adherence or inhaler technique has not been confirmed. */
    UNVERIFIED,
    /** The disease responded completely. */
    RESPONDED,
    /** Stopped for side effects. */
    INTOLERANT,
    /** Still running, or not yet judged, or with an unknown response. */
    ONGOING_UNJUDGED
}
