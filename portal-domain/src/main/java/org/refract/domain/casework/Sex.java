package org.refract.domain.casework;

/** Recorded sex of a patient; {@code X} stands for other or unknown. */
public enum Sex {
    F,
    M,
    X
}
