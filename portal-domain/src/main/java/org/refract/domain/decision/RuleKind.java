package org.refract.domain.decision;

/** What a rule decides. */
public enum RuleKind {
    /** Whether a case meets the condition's definition of treatment-resistant (refractory) disease. */
    REFRACTORY_DEFINITION,
    /** Who may benefit from a therapy: start criteria from a guideline or a label. */
    THERAPY_ELIGIBILITY,
    /** When a started therapy is due for review, and what counts as a response then. */
    RESPONSE,
    /** A combination of current or proposed therapies that must raise an alert. */
    SAFETY,
    /**
     * Whether the disease is in remission on treatment (asthma, MG, SLE, epilepsy, ITI success); the review interval
     * is the period remission must hold before a step-down review is suggested.
     */
    REMISSION,
    /** Who may join a clinical trial: the trial's registered eligibility, as structured criteria. */
    TRIAL
}
