package org.refract.service.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.persistence.TypedQuery;
import java.lang.reflect.Proxy;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PageOfTest {

    @Test
    void theFirstPageSetsOnlyItsSize() {
        Map<String, Object> set = new LinkedHashMap<>();
        PageOf.rows(recording(set), 0, 25);
        assertEquals(Map.of("setMaxResults", 25), set);
    }

    @Test
    void aLaterPageSetsItsFirstRowAndItsSize() {
        Map<String, Object> set = new LinkedHashMap<>();
        PageOf.rows(recording(set), 50, 25);
        assertEquals(Map.of("setFirstResult", 50, "setMaxResults", 25), set);
    }

    @SuppressWarnings("unchecked")
    private static TypedQuery<Object> recording(Map<String, Object> set) {
        return (TypedQuery<Object>) Proxy.newProxyInstance(
                PageOfTest.class.getClassLoader(), new Class<?>[] {TypedQuery.class}, (proxy, method, args) -> {
                    if (method.getName().equals("setFirstResult")
                            || method.getName().equals("setMaxResults")) {
                        set.put(method.getName(), args[0]);
                        return proxy;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }
}
