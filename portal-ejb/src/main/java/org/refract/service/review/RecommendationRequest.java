package org.refract.service.review;

import java.time.LocalDate;
import java.util.List;

/** The structured recommendation as the form sends it; codes refer to the catalogue. */
public record RecommendationRequest(
        String decision,
        String therapyCode,
        String rationale,
        List<String> factorCodes,
        List<ActionRequest> actions,
        LocalDate followUpOn,
        Long expectedVersion)
        implements java.io.Serializable {

    public RecommendationRequest {
        factorCodes = factorCodes == null ? List.of() : List.copyOf(factorCodes);
        actions = actions == null ? List.of() : List.copyOf(actions);
    }

    /**
     * A request written without having seen a draft ({@code expectedVersion} null): refused as a conflict when
     * someone else has drafted one meanwhile.
     */
    public RecommendationRequest(
            String decision,
            String therapyCode,
            String rationale,
            List<String> factorCodes,
            List<ActionRequest> actions,
            LocalDate followUpOn) {
        this(decision, therapyCode, rationale, factorCodes, actions, followUpOn, null);
    }
}
