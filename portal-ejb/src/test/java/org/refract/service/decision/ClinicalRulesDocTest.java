package org.refract.service.decision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * docs/clinical-rules.md is what the seeded rules say, word for word: this test fails while the committed file
 * differs, and rewrites it when run with {@code -Drefract.rules.doc.write=true} (see
 * {@link ClinicalRulesDocument#REGENERATE}).
 */
class ClinicalRulesDocTest {

    private static final Path DOCUMENT = Path.of("..", "docs", "clinical-rules.md");

    @Test
    void theCommittedDocumentIsWhatTheRulesSay() throws IOException {
        String expected = ClinicalRulesDocument.render(SeededRules.load());
        if (Boolean.getBoolean("refract.rules.doc.write")) {
            Files.writeString(DOCUMENT, expected, StandardCharsets.UTF_8);
        }
        assertTrue(
                Files.exists(DOCUMENT),
                "docs/clinical-rules.md is missing; generate it with: " + ClinicalRulesDocument.REGENERATE);
        assertEquals(
                expected,
                Files.readString(DOCUMENT, StandardCharsets.UTF_8),
                "docs/clinical-rules.md differs from the seeded rules; regenerate it with: "
                        + ClinicalRulesDocument.REGENERATE);
    }
}
