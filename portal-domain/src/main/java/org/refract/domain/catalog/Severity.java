package org.refract.domain.catalog;

/** How worrying an interpretation is; drives the colour and icon of a value, never alone its meaning. */
public enum Severity {
    NORMAL,
    INFO,
    WARNING,
    DANGER
}
