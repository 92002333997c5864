package org.refract.service.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class HighlightsTest {

    @Test
    void marksWholeWordsCaseInsensitivelyAndEscapesTheText() {
        Highlights marks = Highlights.of("il5 asthma");
        assertEquals(
                "&lt;b&gt;anti-<mark>IL5</mark>&lt;/b&gt; &amp; &quot;<mark>Asthma</mark>&quot; asthmatic",
                marks.all("<b>anti-IL5</b> & \"Asthma\" asthmatic"));
    }

    @Test
    void aWordMarksItsPluralAndSingularAsTheIndexMatchesThem() {
        assertEquals(
                "<mark>Exacerbations</mark> and one <mark>exacerbation</mark>; exacerbated",
                Highlights.of("exacerbation").all("Exacerbations and one exacerbation; exacerbated"));
        assertEquals(
                "anti-MuSK <mark>antibody</mark>, <mark>Antibodies</mark>",
                Highlights.of("antibodies").all("anti-MuSK antibody, Antibodies"));
        assertEquals("<mark>Sjögren</mark>", Highlights.of("sjogren").all("Sjögren"));
    }

    @Test
    void pluralsBecomeSingularAndNothingElseIsStemmed() {
        assertEquals("exacerbation", SearchWords.term("Exacerbations"));
        assertEquals("therapy", SearchWords.term("therapies"));
        assertEquals("eosinophil", SearchWords.term("eosinophils"));
        assertEquals("dose", SearchWords.term("doses"));
        assertEquals("virus", SearchWords.term("virus"));
        assertEquals("class", SearchWords.term("class"));
        assertEquals("asthmatic", SearchWords.term("asthmatic"));
        assertEquals("is", SearchWords.term("is"));
        assertEquals("shoes", SearchWords.term("shoes"));
    }

    @Test
    void scriptInIndexedTextStaysText() {
        String html =
                Highlights.of("asthma").all("<script>window.__xss=1</script> asthma <img src=x onerror=alert(1)>");
        assertFalse(html.contains("<script") || html.contains("<img"), html);
        assertEquals(
                "&lt;script&gt;window.__xss=1&lt;/script&gt; <mark>asthma</mark> &lt;img src=x"
                        + " onerror=alert(1)&gt;",
                html);
    }

    @Test
    void queryMarkupCannotBecomeMarkup() {
        String html = Highlights.of("<script> mark").all("mark <script>");
        assertEquals("<mark>mark</mark> &lt;<mark>script</mark>&gt;", html);
    }

    @Test
    void wildcardMarksThePrefixAndExcludedWordsAreNotMarked() {
        Highlights marks = Highlights.of("inhibit* -titre");
        assertEquals("<mark>Inhibitors</mark> and titre", marks.all("Inhibitors and titre"));
        assertTrue(marks.matches("an inhibitor"));
        assertFalse(Highlights.of("AND").matches("and"));
    }

    @Test
    void snippetStartsNearTheFirstMatchInTheFirstTextThatHasOne() {
        Highlights marks = Highlights.of("thymectomy");
        String body = "Antibody subtype changes the picture. ".repeat(5) + "Thymectomy helps AChR-positive disease.";
        String snippet = marks.snippet(80, "A summary without it.", body);
        assertTrue(snippet.startsWith("…"), snippet);
        assertTrue(snippet.contains("<mark>Thymectomy</mark> helps"), snippet);
        assertTrue(snippet.length() < 130, snippet);
    }

    @Test
    void snippetWithoutMatchIsTheShortenedStartOfTheFirstText() {
        assertEquals(
                "Omalizumab &lt;img onerror=x&gt;…",
                Highlights.of("ige").snippet(30, null, "", "Omalizumab <img onerror=x> targets IgE-mediated"));
        assertEquals("", Highlights.of("x").snippet(30));
    }

    @Test
    void queryIsTrimmedCollapsedAndCapped() {
        assertEquals("severe asthma", SearchService.normalise("  severe \n  asthma "));
        assertEquals(
                SearchService.MAX_QUERY,
                SearchService.normalise("x".repeat(500)).length());
        assertEquals("", SearchService.normalise(null));
    }

    @Test
    void aTextIsPutOnOneLineAsTheWhiteSpacePatternWould() {
        assertEquals("a b c", Highlights.flat("  a \t\n b\r\n\u000Bc \f"));
        assertEquals("", Highlights.flat(null));
        assertEquals("", Highlights.flat(" \n "));
        String flat = "already flat text";
        assertTrue(flat == Highlights.flat(flat), "a flat text is not copied");
        Pattern spaces = Pattern.compile("\\s+");
        Random random = new Random(16);
        char[] alphabet = {'a', 'b', ' ', ' ', '\t', '\n', '\r', '\f', '\u000B', '\u00A0', '\u2003', 'é'};
        for (int i = 0; i < 2000; i++) {
            char[] text = new char[random.nextInt(12)];
            for (int j = 0; j < text.length; j++) {
                text[j] = alphabet[random.nextInt(alphabet.length)];
            }
            String s = new String(text);
            assertEquals(
                    spaces.matcher(s.strip()).replaceAll(" "),
                    Highlights.flat(s),
                    () -> "for " + s.chars().boxed().toList());
        }
    }

    @Test
    void passingOverWordsByTheirFirstLetterMarksWhatFoldingEveryWordWould() {
        Random random = new Random(16);
        String[] pieces = {"as", "As", "AS", "th", "ma", "s", "ies", "es", "é", "Ö", "o", "st", "ß", "I", "ı", "İ", "1"
        };
        String[] queries = {"asthma", "Asthmas", "ostéo", "Östrogen", "as*", "ös*", "ß", "ist", "İst", "1as", "sth* ma"
        };
        for (String query : queries) {
            Highlights marks = Highlights.of(query);
            for (int i = 0; i < 3000; i++) {
                StringBuilder word = new StringBuilder();
                for (int j = 1 + random.nextInt(4); j > 0; j--) {
                    word.append(pieces[random.nextInt(pieces.length)]);
                }
                String w = word.toString();
                assertEquals(foldingEveryWord(query, w), marks.matches(w), () -> "query " + query + ", word " + w);
            }
        }
    }

    /** What the marks were before words were passed over by their first letter: every word folded and compared. */
    private static boolean foldingEveryWord(String query, String word) {
        String folded = SearchWords.fold(word);
        for (String q : query.split(" ")) {
            if (q.endsWith("*")
                    ? folded.startsWith(SearchWords.fold(q.substring(0, q.length() - 1)))
                    : SearchWords.term(q).equals(SearchWords.singular(folded))) {
                return true;
            }
        }
        return false;
    }
}
