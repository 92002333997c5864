package org.refract.domain.casework;

import java.util.Set;

/**
 * The kinds of dated clinical event a team records after a decision, each with the optional details that make sense
 * for it (a bleed has a site, a seizure day a count). A detail of another kind is refused, not silently dropped.
 */
public enum EventType {
    EXACERBATION("Exacerbation", Set.of(EventDetails.STEROIDS, EventDetails.HOSPITALISED)),
    HOSPITALISATION("Hospitalisation", Set.of(EventDetails.ICU)),
    BLEED("Bleed", Set.of(EventDetails.SITE, EventDetails.TREATED)),
    SEIZURE("Seizure", Set.of(EventDetails.SEIZURE_TYPE, EventDetails.COUNT)),
    MG_CRISIS("Myasthenic crisis", Set.of(EventDetails.HOSPITALISED, EventDetails.ICU)),
    FLARE("Lupus flare", Set.of(EventDetails.STEROIDS, EventDetails.HOSPITALISED)),
    RELAPSE("Relapse", Set.of()),
    PROGRESSION("Progression", Set.of()),
    INFUSION_REACTION("Infusion reaction", Set.of()),
    ADVERSE_EVENT("Adverse event", Set.of(EventDetails.HOSPITALISED));

    private final String label;
    private final Set<String> details;

    EventType(String label, Set<String> details) {
        this.label = label;
        this.details = details;
    }

    public String label() {
        return label;
    }

    /** Whether a detail (by its request field name, e.g. {@code site}) belongs to this kind of event. */
    public boolean allows(String detail) {
        return details.contains(detail);
    }
}
