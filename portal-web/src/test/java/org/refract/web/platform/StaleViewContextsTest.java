package org.refract.web.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;

class StaleViewContextsTest {

    /** Mojarra's entry for one view: each view-scoped bean's CDI id and its name (a plain map stands for it). */
    private static Map<String, Object> beans(String name) {
        return new ConcurrentHashMap<>(Map.of("bean-id-" + name, name));
    }

    @Test
    void theContextsOfViewMapsThatLeftTheSessionAreDropped() {
        Map<String, Object> contexts = new ConcurrentHashMap<>();
        contexts.put("view-1", beans("casePage"));
        contexts.put("view-2", beans("casePage"));
        contexts.put("view-3", beans("caseDescriptionForm"));
        Map<String, Object> active = new LinkedHashMap<>();
        active.put("view-2", new ConcurrentHashMap<>());
        active.put("view-4", new ConcurrentHashMap<>());

        assertTrue(StaleViewContexts.prune(contexts, active));
        assertEquals(Set.of("view-2"), contexts.keySet(), "the live view's beans can still be found");
        assertEquals(Set.of("view-2", "view-4"), active.keySet(), "the active view maps are left as they were");
    }

    @Test
    void nothingIsDroppedWhileEveryViewIsActive() {
        Map<String, Object> contexts = new ConcurrentHashMap<>(Map.of("view-1", beans("casePage")));

        assertFalse(StaleViewContexts.prune(contexts, new LinkedHashMap<>(Map.of("view-1", Map.of()))));
        assertEquals(Set.of("view-1"), contexts.keySet());
    }

    @Test
    void withoutActiveViewMapsEveryContextIsStale() {
        Map<String, Object> contexts = new ConcurrentHashMap<>(Map.of("view-1", beans("casePage")));

        assertTrue(StaleViewContexts.prune(contexts, null));
        assertTrue(contexts.isEmpty());
    }
}
