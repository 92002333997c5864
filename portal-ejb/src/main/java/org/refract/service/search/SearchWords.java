package org.refract.service.search;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A word as the search index holds it, so that the marks in results agree with what matched. Mirrors the index's
 * analyser ({@code org.refract.domain.search.SearchAnalysis}): lower case, accents folded, then English plurals
 * reduced to their singular ("exacerbations" and "exacerbation", "antibodies" and "antibody"); nothing else is
 * stemmed, so "asthmatic" stays apart from "asthma" and drug names are left whole.
 */
final class SearchWords {

    private SearchWords() {}

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    /**
     * Lower case without accents ("Sjögren" → "sjogren"). Plain ASCII words, nearly all of them, skip the Unicode
     * decomposition: the search page folds every word of every result's texts.
     */
    static String fold(String word) {
        if (isAscii(word)) {
            return word.toLowerCase(Locale.ROOT);
        }
        return MARKS.matcher(Normalizer.normalize(word.toLowerCase(Locale.ROOT), Normalizer.Form.NFD))
                .replaceAll("");
    }

    private static boolean isAscii(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (word.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /** The indexed term of a word: folded, and a plural made singular. */
    static String term(String word) {
        return singular(fold(word));
    }

    /**
     * The "S" rules (Harman, 1991): -ies becomes -y (not after a or e), -es loses its s (not after a, e or o), -s is
     * dropped (not after u or s); words shorter than three letters are left alone.
     */
    static String singular(String w) {
        int n = w.length();
        if (n < 3 || w.charAt(n - 1) != 's') {
            return w;
        }
        char before = w.charAt(n - 2);
        if (before == 'u' || before == 's') {
            return w;
        }
        if (before == 'e') {
            char third = w.charAt(n - 3);
            if (n > 3 && third == 'i' && w.charAt(n - 4) != 'a' && w.charAt(n - 4) != 'e') {
                return w.substring(0, n - 3) + "y";
            }
            if (third == 'i' || third == 'a' || third == 'o' || third == 'e') {
                return w;
            }
        }
        return w.substring(0, n - 1);
    }
}
