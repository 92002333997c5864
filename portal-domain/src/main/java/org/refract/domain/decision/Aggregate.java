package org.refract.domain.decision;

/** Which of a series of measurements a criterion looks at. */
public enum Aggregate {
    /** The most recent one ("latest blood eosinophils ≥ 300"). */
    LATEST,
    /** The highest ever ("inhibitor titre ever ≥ 5 BU"). */
    HIGHEST,
    /** The lowest one ("factor level below 1 %"). */
    LOWEST;

    public String label() {
        return switch (this) {
            case LATEST -> "latest";
            case HIGHEST -> "highest";
            case LOWEST -> "lowest";
        };
    }
}
