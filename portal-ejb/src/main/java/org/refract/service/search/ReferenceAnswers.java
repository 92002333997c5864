package org.refract.service.search;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;
import org.refract.domain.platform.CacheGeneration;
import org.refract.service.platform.CacheGenerations;
import org.refract.service.platform.RecentlyUsed;

/**
 * What the reference texts (published articles and active catalogue entries, the same for every caller) answered to
 * the queries asked lately, so that a search asks the index once, for the caller's cases, when its words were
 * searched before (issue 16). Reference texts change only by an administrator's change, which raises the catalogue's
 * or the articles' {@link CacheGeneration}; an answer is kept under its query and both generations, so it is never
 * used after such a change, on any server of a cluster.
 *
 * <p>The index follows the database a little later: on a single server just after the change's commit, in a
 * cluster when a node has worked off the change from the outbox. An answer is therefore kept only once this server
 * has known the current generations for {@link #SETTLED} (and never while the index is being rebuilt), and it is
 * used for at most {@link #LIFE}, which bounds what an index that lagged even longer could leave behind. At most
 * {@value #CAPACITY} queries are kept, the least recently used forgotten first. Cases are never kept here: they are
 * the caller's teams' and change all day.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@PermitAll
public class ReferenceAnswers {

    static final int CAPACITY = 1_000;
    public static final Duration SETTLED = Duration.ofSeconds(10);
    static final Duration LIFE = Duration.ofMinutes(10);

    /** The articles and catalogue entries that matched a query, at most a group's worth of each, best first. */
    public record Answer(List<SearchHit> articles, List<SearchHit> catalogue) {

        public Answer {
            articles = List.copyOf(articles);
            catalogue = List.copyOf(catalogue);
        }
    }

    /** What an answer is computed from: the query and what the reference texts were. */
    record Key(String query, long catalogue, long articles) {}

    private record Kept(Answer answer, Instant at) {}

    /** The generations this server knows, since when. */
    private record Known(long catalogue, long articles, Instant since) {}

    @EJB
    CacheGenerations generations;

    @Inject
    Clock clock;

    private final RecentlyUsed<Key, Kept> answers = new RecentlyUsed<>(CAPACITY);

    private volatile Known known = new Known(-1, -1, Instant.MIN);

    /**
     * The answer to {@code query}: the one kept for the current generations, else the one {@code compute} gives, kept
     * when it can be trusted (see the class).
     */
    public Answer answer(String query, boolean rebuilding, Supplier<Answer> compute) {
        Instant now = clock.instant();
        Known current = known(now);
        Key key = new Key(query, current.catalogue(), current.articles());
        Kept kept = answers.get(key);
        if (kept != null && kept.at().plus(LIFE).isAfter(now)) {
            return kept.answer();
        }
        Answer answer = compute.get();
        if (!rebuilding && !current.since().plus(SETTLED).isAfter(now)) {
            answers.put(key, new Kept(answer, now));
        }
        return answer;
    }

    /** How many answers are kept now. */
    int size() {
        return answers.size();
    }

    private Known known(Instant now) {
        long catalogue = generations.current(CacheGeneration.CATALOG);
        long articles = generations.current(CacheGeneration.ARTICLES);
        Known current = known;
        if (current.catalogue() != catalogue || current.articles() != articles) {
            current = new Known(catalogue, articles, now);
            known = current;
        }
        return current;
    }
}
