package org.refract.domain.identity;

/** The professional discipline a team member brings to a multidisciplinary meeting. */
public enum Discipline {
    PULMONOLOGIST,
    NEUROLOGIST,
    HAEMATOLOGIST,
    ONCOLOGIST,
    RHEUMATOLOGIST,
    NEPHROLOGIST,
    IMMUNOLOGIST,
    PHARMACIST,
    SPECIALIST_NURSE,
    PHYSIOTHERAPIST,
    PSYCHOLOGIST,
    GENETICIST,
    COORDINATOR,
    INFORMATICIAN
}
