package org.refract.domain.review;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.refract.domain.catalog.ResistanceFactor;
import org.refract.domain.catalog.Therapy;

/** The structured content of a recommendation, as a whole (drafts are rewritten, not patched). */
public record RecommendationContent(
        RecommendationDecision decision,
        Therapy therapy,
        String rationale,
        Set<ResistanceFactor> factorsToAddress,
        List<ActionDraft> actions,
        LocalDate followUpOn) {

    public RecommendationContent {
        factorsToAddress = factorsToAddress == null ? Set.of() : Set.copyOf(factorsToAddress);
        actions = actions == null ? List.of() : List.copyOf(actions);
    }
}
