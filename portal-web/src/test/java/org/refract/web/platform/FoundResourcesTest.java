package org.refract.web.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class FoundResourcesTest {

    private final List<String> asked = new ArrayList<>();
    private final FoundResources resources = new FoundResources(null);

    private Supplier<String> finder(String answer) {
        return () -> {
            asked.add(answer);
            return answer;
        };
    }

    @Test
    void aResourceFoundInProductionIsAskedForOnce() {
        String layout = "/WEB-INF/templates/layout.xhtml";
        assertSame(layout, resources.find("view:layout", finder(layout), true, String.class));
        assertSame(layout, resources.find("view:layout", finder("another"), true, String.class));
        assertEquals(List.of(layout), asked);
    }

    @Test
    void aNameNotFoundIsAskedForEachTime() {
        assertNull(resources.find("view:/nowhere.xhtml", finder(null), true, String.class));
        assertNull(resources.find("view:/nowhere.xhtml", finder(null), true, String.class));
        assertEquals("added", resources.find("view:/nowhere.xhtml", finder("added"), true, String.class));
        assertEquals(3, asked.size());
    }

    @Test
    void inDevelopmentEveryRequestAsks() {
        assertEquals("first", resources.find("view:/home.xhtml", finder("first"), false, String.class));
        assertEquals("edited", resources.find("view:/home.xhtml", finder("edited"), false, String.class));
        assertEquals(2, asked.size());
    }

    @Test
    void aResourceRequestGetsOneOfItsOwn() {
        resources.find("resource:refract:css/portal.css", finder("kept for pages"), true, String.class);
        assertEquals(
                "served alone",
                resources.find("resource:refract:css/portal.css", finder("served alone"), false, String.class));
        assertEquals(
                "kept for pages",
                resources.find("resource:refract:css/portal.css", finder("another"), true, String.class),
                "what a resource request found is not kept");
    }

    @Test
    void keysKeepKindsAndLibrariesApart() {
        resources.find("resource:refract:css/portal.css", finder("refract's"), true, String.class);
        assertEquals(
                "primefaces'",
                resources.find("resource:primefaces:css/portal.css", finder("primefaces'"), true, String.class));
    }
}
