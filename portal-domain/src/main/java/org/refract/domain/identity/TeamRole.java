package org.refract.domain.identity;

/** A member's role within one team. */
public enum TeamRole {
    CHAIR,
    COORDINATOR,
    MEMBER
}
