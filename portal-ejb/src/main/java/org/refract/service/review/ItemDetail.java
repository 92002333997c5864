package org.refract.service.review;

import java.util.List;

/** One case of a meeting as meeting mode shows it: the agenda row, proposals with votes, the recommendation. */
public record ItemDetail(
        long meetingId,
        AgendaRow item,
        List<ProposalRow> proposals,
        RecommendationDetail recommendation,
        Long previousItemId,
        Long nextItemId,
        String notes,
        String notesByName,
        java.time.Instant notesAt)
        implements java.io.Serializable {

    /** The therapies proposed for the case, for the decision-support panel to check as if started. */
    public java.util.Set<String> proposedTherapyCodes() {
        java.util.Set<String> codes = new java.util.LinkedHashSet<>();
        proposals.forEach(p -> codes.add(p.therapyCode()));
        if (recommendation != null && recommendation.therapyCode() != null) {
            codes.add(recommendation.therapyCode());
        }
        return codes;
    }

    /** Whether the recommendation has been signed (and the case is locked for this meeting). */
    public boolean signed() {
        return recommendation != null && recommendation.signed();
    }
}
