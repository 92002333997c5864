package org.refract.service.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.persistence.Query;
import java.lang.reflect.Proxy;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class InListTest {

    @Test
    void roundsTheNumberOfPlaceholdersUpToAPowerOfTwo() {
        assertEquals(1, InList.slots(0));
        assertEquals(1, InList.slots(1));
        assertEquals(2, InList.slots(2));
        assertEquals(4, InList.slots(3));
        assertEquals(4, InList.slots(4));
        assertEquals(32, InList.slots(25));
        assertEquals(32, InList.slots(32));
        assertEquals(64, InList.slots(33));
    }

    @Test
    void namesOnePlaceholderPerSlot() {
        assertEquals("c.id in (:ids0, :ids1)", InList.of("c.id", "ids", 2));
        assertEquals("c.id in (:ids0, :ids1, :ids2, :ids3)", InList.of("c.id", "ids", 3));
    }

    @Test
    void comparesOneValueWithEquals() {
        // Hibernate takes "in (:ids0)" for a list parameter and then translates the query again on every execution
        assertEquals("c.team.id = :teams0", InList.of("c.team.id", "teams", 1));
        assertEquals("c.team.id = :teams0", InList.of("c.team.id", "teams", 0), "an empty list binds one value");
    }

    @Test
    void bindsEveryPlaceholderRepeatingTheLastValue() {
        Map<String, Object> bound = new LinkedHashMap<>();
        InList.bind(recording(bound), "ids", List.of(7L, 8L, 9L), -1L);
        assertEquals(Map.of("ids0", 7L, "ids1", 8L, "ids2", 9L, "ids3", 9L), bound);
    }

    @Test
    void anEmptyListBindsTheValueThatMatchesNothing() {
        Map<String, Object> bound = new LinkedHashMap<>();
        InList.bind(recording(bound), "teams", List.of(), -1L);
        assertEquals(Map.of("teams0", -1L), bound);
    }

    private static Query recording(Map<String, Object> bound) {
        return (Query) Proxy.newProxyInstance(
                InListTest.class.getClassLoader(), new Class<?>[] {Query.class}, (proxy, method, args) -> {
                    if (method.getName().equals("setParameter") && args[0] instanceof String name) {
                        bound.put(name, args[1]);
                        return proxy;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }
}
