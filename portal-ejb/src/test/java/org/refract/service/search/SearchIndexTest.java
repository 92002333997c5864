package org.refract.service.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SearchIndexTest {

    @Test
    void aNodesOwnIndexIsRebuiltWheneverItDoesNotHoldExactlyTheRows() {
        assertFalse(SearchIndex.needsRebuild(false, 151, 151));
        assertTrue(SearchIndex.needsRebuild(false, 151, 150));
        assertTrue(SearchIndex.needsRebuild(false, 151, 152));
        assertFalse(SearchIndex.needsRebuild(false, 0, 0));
    }

    @Test
    void theSharedIndexOfAClusterIsRebuiltOnlyWhenItIsEmpty() {
        assertTrue(SearchIndex.needsRebuild(true, 151, 0));
        assertFalse(
                SearchIndex.needsRebuild(true, 151, 140),
                "writes still in the outbox are no reason to empty the index the other nodes search");
        assertFalse(SearchIndex.needsRebuild(true, 0, 0));
    }

    @Test
    void creatingTheSharedIndexesIsTriedAgainWhenAnotherNodeWonTheRace() {
        List<Long> pauses = new ArrayList<>();
        int[] calls = {0};
        SearchIndex.attempt(
                3,
                Duration.ofSeconds(1),
                () -> {
                    if (++calls[0] == 1) {
                        throw new IllegalStateException("resource_already_exists_exception");
                    }
                },
                pauses::add);
        assertEquals(2, calls[0]);
        assertEquals(List.of(1000L), pauses);
    }

    @Test
    void afterTheLastAttemptTheFailureIsRaised() {
        List<Long> pauses = new ArrayList<>();
        IllegalStateException failure = new IllegalStateException("OpenSearch is down");
        IllegalStateException raised = assertThrows(
                IllegalStateException.class,
                () -> SearchIndex.attempt(
                        3,
                        Duration.ofSeconds(1),
                        () -> {
                            throw failure;
                        },
                        pauses::add));
        assertSame(failure, raised);
        assertEquals(List.of(1000L, 2000L), pauses);
    }
}
