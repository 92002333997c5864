package org.refract.domain.catalog;

/** What an instrument's values look like. */
public enum ValueKind {
    /** A number inside the instrument's range, with at most its number of decimals. */
    NUMBER,
    /** One member of an ordered value set, such as an MGFA class. */
    VALUE_SET,
    /** A test result: 0 negative, 1 positive. */
    BINARY
}
