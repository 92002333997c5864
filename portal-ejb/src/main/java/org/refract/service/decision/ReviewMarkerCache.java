package org.refract.service.decision;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import org.refract.domain.decision.RuleBook;
import org.refract.service.platform.RecentlyUsed;

/**
 * The worklist's due-review markers of the cases shown lately, so that a worklist page evaluates a case's response
 * review once per version of the case, not on every request (issue 16).
 *
 * <p>As in {@link AssessmentCache}, the key holds everything a marker is computed from: the case's id and version
 * (every change to its measurements and treatment lines raises it), the rule book's {@linkplain RuleBook#version()
 * version}, the catalogue's generation (the therapy's name) and the day. So an entry is never wrong, only unused, and
 * no server of a cluster needs to tell another one about a change. Each entry keeps the case's team, so that
 * {@link ReviewDueService} answers from it only callers of that team. It holds at most {@value #CAPACITY} cases.
 */
@ApplicationScoped
public class ReviewMarkerCache {

    static final int CAPACITY = 20_000;

    /** What the marker of one case is computed from. */
    record Key(long caseId, long caseVersion, String ruleSetVersion, long catalogGeneration, LocalDate on) {}

    /**
     * What was found for a case.
     *
     * @param team the id of the case's team
     * @param marker its due review, or null where none is due
     */
    record Entry(long team, ReviewMarker marker) {}

    private final RecentlyUsed<Key, Entry> entries = new RecentlyUsed<>(CAPACITY);

    /** The entry under this key, or null. */
    public Entry get(Key key) {
        return entries.get(key);
    }

    public void put(Key key, Entry entry) {
        entries.put(key, entry);
    }
}
