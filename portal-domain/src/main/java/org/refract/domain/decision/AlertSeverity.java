package org.refract.domain.decision;

/** How loudly a safety rule speaks when its criteria are met. */
public enum AlertSeverity {
    WARNING,
    DANGER
}
