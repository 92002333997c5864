package org.refract.domain.catalog;

/** The families of causes a team works through when a treatment fails. */
public enum FactorCategory {
    BIOLOGICAL,
    GENETIC,
    ENVIRONMENTAL,
    COMORBIDITY,
    BEHAVIOURAL,
    DISEASE,
    DIAGNOSTIC
}
