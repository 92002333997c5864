package org.refract.domain.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class RichTextTest {

    static Stream<String> payloads() throws java.io.IOException {
        try (var in = RichTextTest.class.getResourceAsStream("/xss-corpus.txt")) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)
                    .lines().filter(l -> !l.isBlank() && !l.startsWith("#")).toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("payloads")
    void nothingExecutableSurvives(String payload) {
        String clean =
                RichText.sanitize("<p>Before</p>" + payload + "<p>After</p>").toLowerCase(Locale.ROOT);
        for (String forbidden : new String[] {
            "<script",
            "javascript:",
            "onerror",
            "onload",
            "onclick",
            "onfocus",
            "ontoggle",
            "onmouseover",
            "<svg",
            "<style",
            "style=",
            "<iframe",
            "<object",
            "<embed",
            "<form",
            "<meta",
            "<base",
            "<link",
            "data:text",
            "expression(",
            "<img",
            "<input",
            "<math"
        }) {
            assertFalse(clean.contains(forbidden), () -> forbidden + " survived in " + clean);
        }
        assertTrue(clean.contains("before") && clean.contains("after"), "the surrounding text stays: " + clean);
    }

    @Test
    void theCorpusHoldsAtLeastTwentyPayloads() throws java.io.IOException {
        assertTrue(payloads().count() >= 20);
    }

    @Test
    void theAllowListKeepsStructureAndSafeLinks() {
        String html = "<h2>Heading</h2><p><strong>bold</strong> <em>em</em> <a href=\"https://www.nice.org.uk/ta671\">"
                + "NICE</a> <a href=\"/portal/knowledge/article.xhtml?slug=treatment-refractory\">article</a></p>"
                + "<ul><li>one</li></ul><ol><li>two</li></ol><table><thead><tr><th scope=\"col\">A</th></tr></thead>"
                + "<tbody><tr><td>1</td></tr></tbody></table>";
        String clean = RichText.sanitize(html);
        assertTrue(clean.contains("<h2>Heading</h2>"), clean);
        assertTrue(clean.contains("<strong>bold</strong>"), clean);
        assertTrue(clean.contains("href=\"https://www.nice.org.uk/ta671\""), clean);
        assertTrue(clean.contains("nofollow") && clean.contains("noopener") && clean.contains("noreferrer"), clean);
        assertTrue(
                clean.contains("href=\"/portal/knowledge/article.xhtml?slug&#61;treatment-refractory\"")
                        || clean.contains("href=\"/portal/knowledge/article.xhtml?slug=treatment-refractory\""),
                clean);
        assertTrue(clean.contains("<th scope=\"col\">A</th>"), clean);
        assertTrue(clean.contains("<li>one</li>"), clean);
    }

    @Test
    void editorHeadingsBecomeSecondLevel() {
        assertEquals("<h2>Title</h2>", RichText.sanitize("<h1>Title</h1>"));
    }

    @Test
    void textKeepsOneLinePerBlock() {
        assertEquals(
                "Heading\nFirst & second\nitem",
                RichText.text("<h2>Heading</h2><p>First &amp; second</p>" + "<ul><li>item</li></ul>"));
    }
}
