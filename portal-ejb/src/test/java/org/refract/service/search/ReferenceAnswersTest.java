package org.refract.service.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.refract.domain.platform.CacheGeneration;
import org.refract.service.platform.CacheGenerations;

class ReferenceAnswersTest {

    private final Map<String, Long> current = new HashMap<>();
    private final MovingClock clock = new MovingClock();
    private final AtomicInteger asked = new AtomicInteger();
    private ReferenceAnswers answers;

    @BeforeEach
    void setUp() {
        current.put(CacheGeneration.CATALOG, 3L);
        current.put(CacheGeneration.ARTICLES, 7L);
        answers = new ReferenceAnswers();
        answers.generations = new CacheGenerations() {
            @Override
            public long current(String name) {
                return current.get(name);
            }
        };
        answers.clock = clock;
    }

    @Test
    void theIndexIsAskedOnceForTheSameWordsOnceTheGenerationsHaveSettled() {
        ask("asthma");
        assertEquals(1, asked.get());
        clock.advance(ReferenceAnswers.SETTLED.minusSeconds(1));
        ask("asthma");
        assertEquals(2, asked.get(), "generations first seen less than settled ago: the index may still lag");
        clock.advance(Duration.ofSeconds(1));
        ReferenceAnswers.Answer kept = ask("asthma");
        assertSame(kept, ask("asthma"));
        assertEquals(3, asked.get());
        ask("omalizumab");
        assertEquals(4, asked.get(), "other words are asked for");
    }

    @Test
    void aChangeOfTheCatalogueOrOfAnArticleIsNeverAnsweredFromBefore() {
        for (String changed : List.of(CacheGeneration.CATALOG, CacheGeneration.ARTICLES)) {
            settle();
            ask("asthma");
            ask("asthma");
            assertEquals(1, asked.get());
            current.merge(changed, 1L, Long::sum);
            ask("asthma");
            assertEquals(2, asked.get(), changed + " changed");
        }
    }

    @Test
    void nothingIsKeptWhileTheIndexIsRebuiltAndNothingLongerThanItsLife() {
        settle();
        answers.answer("asthma", true, this::compute);
        answers.answer("asthma", true, this::compute);
        assertEquals(2, asked.get(), "a rebuilding index answers in part");
        ask("asthma");
        clock.advance(ReferenceAnswers.LIFE.minusSeconds(1));
        ask("asthma");
        assertEquals(3, asked.get());
        clock.advance(Duration.ofSeconds(1));
        ask("asthma");
        assertEquals(4, asked.get(), "older than its life");
    }

    @Test
    void anAnswerHoldsCopiesAndAtMostTheCapacityIsKept() {
        assertThrows(
                UnsupportedOperationException.class, () -> compute().articles().add(null));
        settle();
        for (int i = 0; i <= ReferenceAnswers.CAPACITY; i++) {
            ask("word" + i);
        }
        assertEquals(ReferenceAnswers.CAPACITY, answers.size());
    }

    private void settle() {
        ask("settle");
        clock.advance(ReferenceAnswers.SETTLED);
        asked.set(0);
    }

    private ReferenceAnswers.Answer ask(String query) {
        return answers.answer(query, false, this::compute);
    }

    private ReferenceAnswers.Answer compute() {
        asked.incrementAndGet();
        List<SearchHit> articles = new ArrayList<>(List.of(new SearchHit("ARTICLE", "a", "A", "")));
        return new ReferenceAnswers.Answer(articles, List.of());
    }

    /** A clock that moves only when told. */
    private static final class MovingClock extends Clock {
        private Instant now = Instant.parse("2026-12-06T08:00:00Z");

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
