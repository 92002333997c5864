package org.refract.domain.casework;

import java.io.Serializable;
import org.refract.domain.shared.InvalidInputException;

/**
 * The kind-specific details of a clinical event, each optional: null means not recorded.
 *
 * @param treatedWithSystemicSteroids an exacerbation or flare needing a course of systemic corticosteroids
 * @param hospitalised admitted to hospital because of the event
 * @param icu admitted to intensive care
 * @param site where a bleed was (joint, muscle, ...)
 * @param treated a bleed treated with factor replacement or a bypassing agent
 * @param seizureType the seizure type as the clinician names it (focal aware, tonic-clonic, ...)
 * @param count seizures on that day (1 when not given)
 */
public record EventDetails(
        Boolean treatedWithSystemicSteroids,
        Boolean hospitalised,
        Boolean icu,
        String site,
        Boolean treated,
        String seizureType,
        Integer count)
        implements Serializable {

    static final String STEROIDS = "treatedWithSystemicSteroids";
    static final String HOSPITALISED = "hospitalised";
    static final String ICU = "icu";
    static final String SITE = "site";
    static final String TREATED = "treated";
    static final String SEIZURE_TYPE = "seizureType";
    static final String COUNT = "count";

    static final int TEXT_MAX = 100;
    static final int COUNT_MAX = 200;

    public static EventDetails none() {
        return new EventDetails(null, null, null, null, null, null, null);
    }

    /**
     * Checks the details against the kind of event and returns them with texts trimmed.
     *
     * @throws InvalidInputException naming the first detail that does not belong to the
     *         kind, or a count outside 1 to 200
     */
    EventDetails checkedFor(EventType type) {
        requireAllowed(type, STEROIDS, treatedWithSystemicSteroids);
        requireAllowed(type, HOSPITALISED, hospitalised);
        requireAllowed(type, ICU, icu);
        requireAllowed(type, SITE, site);
        requireAllowed(type, TREATED, treated);
        requireAllowed(type, SEIZURE_TYPE, seizureType);
        requireAllowed(type, COUNT, count);
        if (count != null && (count < 1 || count > COUNT_MAX)) {
            throw new InvalidInputException(COUNT, "The number of seizures that day must be 1 to " + COUNT_MAX + ".");
        }
        return new EventDetails(
                treatedWithSystemicSteroids,
                hospitalised,
                icu,
                Texts.optional(site, TEXT_MAX, SITE),
                treated,
                Texts.optional(seizureType, TEXT_MAX, SEIZURE_TYPE),
                count);
    }

    private static void requireAllowed(EventType type, String detail, Object value) {
        if (value != null && !(value instanceof String s && s.isBlank()) && !type.allows(detail)) {
            throw new InvalidInputException(
                    detail,
                    "'" + detail + "' is not recorded for " + type.label().toLowerCase() + " events.");
        }
    }
}
