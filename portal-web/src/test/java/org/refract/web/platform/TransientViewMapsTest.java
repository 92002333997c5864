package org.refract.web.platform;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TransientViewMapsTest {

    /** Stands for a view-scoped bean, which Faces keeps in the view map under its name. */
    static class SomeViewScopedBean implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    @Test
    void aViewMapWithOnlyTheNonceHoldsNoBeans() {
        Map<String, Object> viewMap = new HashMap<>(Map.of("primefaces.nonce", "NzJiZTgy"));
        assertFalse(TransientViewMaps.holdsBeans(viewMap));
        assertFalse(TransientViewMaps.holdsBeans(new HashMap<>()));
    }

    @Test
    void aViewMapWithAnythingElseIsClearedAsBefore() {
        Map<String, Object> viewMap = new HashMap<>(Map.of("primefaces.nonce", "NzJiZTgy"));
        viewMap.put("casePage", new SomeViewScopedBean());
        assertTrue(TransientViewMaps.holdsBeans(viewMap));
        assertTrue(TransientViewMaps.holdsBeans(Map.of("someone's", 42)), "not text: cleared");
    }
}
