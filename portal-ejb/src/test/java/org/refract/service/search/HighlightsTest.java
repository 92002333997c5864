package org.refract.service.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import org.junit.jupiter.api.Test;

class HighlightsTest {

    private static final String O = Highlights.OPEN;
    private static final String C = Highlights.CLOSE;

    @Test
    void marksOnlyTheMatchesAndEscapesTheIndexedText() {
        String html = Highlights.html(List.of("<b>anti-" + O + "IL5" + C + "</b> & \"more\""), "fallback", 100);
        assertEquals("&lt;b&gt;anti-<mark>IL5</mark>&lt;/b&gt; &amp; &quot;more&quot;", html);
    }

    @Test
    void scriptInIndexedTextStaysText() {
        String html = Highlights.html(List.of("<script>window.__xss=1</script> " + O + "asthma" + C), "", 100);
        assertFalse(html.contains("<script"), html);
        assertEquals("&lt;script&gt;window.__xss=1&lt;/script&gt; <mark>asthma</mark>", html);
    }

    @Test
    void fragmentWithoutMatchFallsBackToTheShortenedEscapedText() {
        String html = Highlights.html(List.of("no match here"), "Omalizumab <img onerror=x> targets IgE in allergic"
                + " asthma", 30);
        assertEquals("Omalizumab &lt;img onerror=x&gt;…", html);
    }

    @Test
    void fallbackCannotForgeAMarker() {
        assertEquals("&lt;x&gt;", Highlights.html(List.of(), O + "<x>" + C, 100));
        assertEquals("", Highlights.html(null, null, 100));
    }

    @Test
    void queryIsTrimmedCollapsedAndCapped() {
        assertEquals("severe asthma", SearchService.normalise("  severe \n  asthma "));
        assertEquals(SearchService.MAX_QUERY, SearchService.normalise("x".repeat(500)).length());
        assertEquals("", SearchService.normalise(null));
    }
}
