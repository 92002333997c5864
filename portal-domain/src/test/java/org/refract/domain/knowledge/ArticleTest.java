package org.refract.domain.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.refract.domain.knowledge.TextDiff.Change;
import org.refract.domain.shared.InvalidInputException;
import org.refract.domain.shared.InvalidStateException;

class ArticleTest {

    private static final Instant T0 = Instant.parse("2026-11-23T09:00:00Z");

    private static ArticleContent content(String body) {
        return ArticleContent.of("Haemophilia inhibitors", "What an inhibitor is", body);
    }

    @Test
    void aNewArticleIsADraftWithItsFirstRevision() {
        Article article = new Article("haemophilia-inhibitors", content("<p>One</p>"), "admin", T0);
        assertEquals(ArticleStatus.DRAFT, article.getStatus());
        assertEquals(1, article.getRevisions().size());
        assertEquals("<p>One</p>", article.getBody());
    }

    @Test
    void everySaveIsARevisionAndRestoreAddsOneMore() {
        Article article = new Article("haemophilia-inhibitors", content("<p>One</p>"), "admin", T0);
        article.revise(content("<p>Two</p>"), "second", "editor", T0.plusSeconds(60));
        assertEquals("<p>Two</p>", article.getBody());
        ArticleRevision restored = article.restore(1, "admin", T0.plusSeconds(120));
        assertEquals(3, restored.getNumber());
        assertEquals("<p>One</p>", article.getBody());
        assertEquals("Restored revision 1", restored.getNote());
        assertEquals("<p>Two</p>", article.revision(2).getBody(), "history is never rewritten");
        assertThrows(InvalidInputException.class, () -> article.restore(9, "admin", T0));
    }

    @Test
    void theBodyIsSanitisedBeforeItIsStored() {
        Article article = new Article("x-article", content("<p>Text</p><script>alert(1)</script>"), "admin", T0);
        assertEquals("<p>Text</p>", article.getBody());
        assertEquals(
                "body",
                assertThrows(InvalidInputException.class, () -> content("<script>alert(1)</script>"))
                        .field(),
                "nothing left to publish");
    }

    @Test
    void theWorkflowGoesDraftReviewPublishedArchived() {
        Article article = new Article("x-article", content("<p>Text</p>"), "admin", T0);
        assertThrows(InvalidStateException.class, () -> article.moveTo(ArticleStatus.PUBLISHED, "admin", T0));
        article.moveTo(ArticleStatus.IN_REVIEW, "admin", T0);
        assertNull(article.getPublishedAt());
        article.moveTo(ArticleStatus.PUBLISHED, "admin", T0.plusSeconds(5));
        assertTrue(article.isPublished());
        assertEquals(T0.plusSeconds(5), article.getPublishedAt());
        article.moveTo(ArticleStatus.ARCHIVED, "admin", T0);
        assertFalse(article.isPublished());
        article.moveTo(ArticleStatus.DRAFT, "admin", T0);
    }

    @Test
    void aSlugIsLowerCaseWordsAndDashes() {
        assertEquals(
                "slug",
                assertThrows(
                                InvalidInputException.class,
                                () -> new Article("Not A Slug", content("<p>x</p>"), "admin", T0))
                        .field());
    }

    @Test
    void theDiffPairsChangedLinesSideBySide() {
        List<TextDiff.Row> rows = TextDiff.of("Intro\nOld line\nKept\nGone", "Intro\nNew line\nKept\nAdded");
        assertEquals(
                List.of(Change.SAME, Change.CHANGED, Change.SAME, Change.CHANGED),
                rows.stream().map(TextDiff.Row::change).toList());
        assertEquals("Old line", rows.get(1).left());
        assertEquals("New line", rows.get(1).right());
        List<TextDiff.Row> grown = TextDiff.of("A", "A\nB");
        assertEquals(Change.ADDED, grown.get(1).change());
        assertNull(grown.get(1).left());
    }
}
