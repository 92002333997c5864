package org.refract.domain.review;

/** What the team decided for a case. */
public enum RecommendationDecision {
    SWITCH_THERAPY("Switch therapy", true),
    ADD_THERAPY("Add therapy", true),
    CONTINUE("Continue current therapy", false),
    INVESTIGATE_FURTHER("Investigate further", false),
    REFER("Refer", false),
    CLINICAL_TRIAL("Clinical trial", false);

    private final String label;
    private final boolean needsTherapy;

    RecommendationDecision(String label, boolean needsTherapy) {
        this.label = label;
        this.needsTherapy = needsTherapy;
    }

    /** Switching or adding names the therapy chosen. */
    public boolean needsTherapy() {
        return needsTherapy;
    }

    public String label() {
        return label;
    }
}
