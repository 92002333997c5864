package org.refract.service.decision;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;
import org.refract.domain.decision.Assessment;
import org.refract.domain.decision.RuleBook;
import org.refract.domain.decision.RuleOutcome;
import org.refract.service.platform.RecentlyUsed;

/**
 * The assessments of the cases opened lately, so that the case page's header (its due-review chips) and the
 * Assessment tab compute a case's assessment (or, for the header alone, its due reviews) once per version of the
 * case, not once per request (issue 16).
 *
 * <p>The key holds everything an assessment is computed from: the case's id and version (every change to the case
 * or its measurements, treatment lines and findings goes through the case and raises its version), the rule book's
 * {@linkplain RuleBook#version() version}, the catalogue's therapies of the condition and the day. So an entry is
 * never wrong, only unused: nothing invalidates it, and no node of a cluster needs to tell another one about a
 * change. The cache holds at most {@value #CAPACITY} cases and forgets the least recently used first. Only callers
 * that have read the case through its team-scoped access reach it ({@link AssessmentService}).
 */
@ApplicationScoped
public class AssessmentCache {

    static final int CAPACITY = 2_000;

    /** What one assessment of a case is computed from. */
    record Key(
            long caseId, long caseVersion, String ruleSetVersion, LocalDate on, List<RuleBook.TherapyRef> therapies) {}

    /** What is known of a case under a key; each part is null until first asked for. */
    private record Entry(
            Assessment assessment, Optional<RuleOutcome> remission, List<Assessment.ResponseReview> dueReviews) {

        static final Entry EMPTY = new Entry(null, null, null);

        Entry withAssessment(Assessment computed) {
            return new Entry(computed, remission, dueReviews == null ? computed.dueReviews() : dueReviews);
        }

        Entry withRemission(Optional<RuleOutcome> computed) {
            return new Entry(assessment, computed, dueReviews);
        }

        Entry withDueReviews(List<Assessment.ResponseReview> computed) {
            return new Entry(assessment, remission, computed);
        }
    }

    private final RecentlyUsed<Key, Entry> entries = new RecentlyUsed<>(CAPACITY);

    /** The assessment under this key, computed by {@code compute} the first time. */
    public Assessment assessment(Key key, Supplier<Assessment> compute) {
        return part(key, Entry::assessment, compute, Entry::withAssessment);
    }

    /** The remission outcome under this key, computed by {@code compute} the first time. */
    public Optional<RuleOutcome> remission(Key key, Supplier<Optional<RuleOutcome>> compute) {
        return part(key, Entry::remission, compute, Entry::withRemission);
    }

    /**
     * The response reviews due under this key: those of the assessment where it is known, else computed by
     * {@code compute} the first time (the case page's header, on the tabs that do not show the assessment).
     */
    public List<Assessment.ResponseReview> dueReviews(Key key, Supplier<List<Assessment.ResponseReview>> compute) {
        return part(key, Entry::dueReviews, compute, Entry::withDueReviews);
    }

    private <T> T part(Key key, Function<Entry, T> read, Supplier<T> compute, BiFunction<Entry, T, Entry> with) {
        Entry known = entries.get(key);
        T part = known == null ? null : read.apply(known);
        if (part == null) {
            part = compute.get();
            entries.put(key, with.apply(known == null ? Entry.EMPTY : known, part));
        }
        return part;
    }

    /** How many cases the cache holds now. */
    public int size() {
        return entries.size();
    }
}
