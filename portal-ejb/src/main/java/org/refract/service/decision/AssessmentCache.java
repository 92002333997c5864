package org.refract.service.decision;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.refract.domain.decision.Assessment;
import org.refract.domain.decision.RuleBook;
import org.refract.domain.decision.RuleOutcome;
import org.refract.service.platform.RecentlyUsed;

/**
 * The assessments of the cases opened lately, so that the case page's header (its due-review chips) and the
 * Assessment tab compute a case's assessment once per version of the case, not once per request (issue 16).
 *
 * <p>The key holds everything an assessment is computed from: the case's id and version (every change to the case
 * or its measurements, treatment lines and findings goes through the case and raises its version), the rule book's
 * {@linkplain RuleBook#version() version}, the catalogue's therapies of the condition and the day. So an entry is
 * never wrong, only unused: nothing invalidates it, and no node of a cluster needs to tell another one about a
 * change. The cache holds at most {@value #CAPACITY} cases and forgets the least recently used first. Only callers
 * that have read the case through its team-scoped access reach it ({@link AssessmentService}).
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@PermitAll
public class AssessmentCache {

    static final int CAPACITY = 2_000;

    /** What one assessment of a case is computed from. */
    record Key(
            long caseId, long caseVersion, String ruleSetVersion, LocalDate on, List<RuleBook.TherapyRef> therapies) {}

    private record Entry(Assessment assessment, Optional<RuleOutcome> remission) {}

    private final RecentlyUsed<Key, Entry> entries = new RecentlyUsed<>(CAPACITY);

    /** The assessment under this key, computed by {@code compute} the first time. */
    public Assessment assessment(Key key, Supplier<Assessment> compute) {
        Entry known = entries.get(key);
        if (known != null && known.assessment() != null) {
            return known.assessment();
        }
        Assessment computed = compute.get();
        entries.put(key, known == null ? new Entry(computed, null) : new Entry(computed, known.remission()));
        return computed;
    }

    /** The remission outcome under this key, computed by {@code compute} the first time. */
    public Optional<RuleOutcome> remission(Key key, Supplier<Optional<RuleOutcome>> compute) {
        Entry known = entries.get(key);
        if (known != null && known.remission() != null) {
            return known.remission();
        }
        Optional<RuleOutcome> computed = compute.get();
        entries.put(key, known == null ? new Entry(null, computed) : new Entry(known.assessment(), computed));
        return computed;
    }

    /** How many cases the cache holds now. */
    public int size() {
        return entries.size();
    }
}
