package org.refract.domain.review;

/** What became of a decision, as the team judged it at the review. */
public enum OutcomeKind {
    RESPONDER("Responder"),
    NON_RESPONDER("Non-responder"),
    REMISSION("Remission on treatment"),
    STOPPED("Therapy stopped");

    private final String label;

    OutcomeKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
