package org.refract.service.search;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
}
