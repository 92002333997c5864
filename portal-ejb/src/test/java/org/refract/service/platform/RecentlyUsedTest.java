package org.refract.service.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class RecentlyUsedTest {

    @Test
    void answersWhatWasPut() {
        RecentlyUsed<String, Integer> cache = new RecentlyUsed<>(3);
        cache.put("a", 1);
        assertEquals(1, cache.get("a"));
        assertNull(cache.get("b"));
    }

    @Test
    void forgetsTheLeastRecentlyUsedBeyondItsCapacity() {
        RecentlyUsed<String, Integer> cache = new RecentlyUsed<>(2);
        cache.put("a", 1);
        cache.put("b", 2);
        cache.get("a");
        cache.put("c", 3);
        assertEquals(2, cache.size());
        assertEquals(1, cache.get("a"), "read last, so kept");
        assertNull(cache.get("b"), "the least recently used goes first");
        assertEquals(3, cache.get("c"));
    }

    @Test
    void refusesACapacityBelowOne() {
        assertThrows(IllegalArgumentException.class, () -> new RecentlyUsed<String, Integer>(0));
    }
}
