package org.refract.service.search;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.refract.service.shared.HtmlText;

/**
 * Marks the words of a query in indexed text, as HTML that is safe to render: the text (which is user input) is
 * escaped entirely, and the only markup added is {@code <mark>} around matches.
 * <p>
 * Hibernate Search's highlight projection cannot be used on WildFly 39: its Lucene backend module does not include
 * {@code lucene-highlighter} ({@code NoClassDefFoundError: org/apache/lucene/search/highlight/Encoder}). A word is
 * marked here when the index would match it ({@link SearchWords}: case and accents folded, plurals reduced), so
 * "exacerbation" marks "Exacerbations"; {@code *} marks words that start with the prefix.
 */
final class Highlights {

    private static final Pattern QUERY_WORD = Pattern.compile("(-?)([\\p{L}\\p{N}]+)(\\*?)");
    private static final Pattern TEXT_WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final int LEAD = 50;
    private static final int ASCII = 0x80;

    private final Set<String> words;
    private final List<String> prefixes;
    /** The first letters (ASCII) of the words and prefixes: a text word starting otherwise is passed over. */
    private final boolean[] firstLetters = new boolean[ASCII];

    private Highlights(Set<String> words, List<String> prefixes) {
        this.words = words;
        this.prefixes = prefixes;
        Stream.concat(words.stream(), prefixes.stream())
                .filter(w -> !w.isEmpty() && w.charAt(0) < ASCII)
                .forEach(w -> firstLetters[w.charAt(0)] = true);
    }

    /** The words to mark in results of this query; excluded words ({@code -word}) are never marked. */
    static Highlights of(String query) {
        Set<String> words = new HashSet<>();
        List<String> prefixes = new ArrayList<>();
        Matcher m = QUERY_WORD.matcher(query == null ? "" : query);
        while (m.find()) {
            String word = m.group(2);
            if (!m.group(1).isEmpty() || isOperator(word)) {
                continue;
            }
            if (m.group(3).isEmpty()) {
                words.add(SearchWords.term(word));
            } else {
                prefixes.add(SearchWords.fold(word));
            }
        }
        return new Highlights(words, prefixes);
    }

    private static boolean isOperator(String word) {
        return word.equals("AND") || word.equals("OR") || word.equals("NOT");
    }

    /**
     * Whether the word of {@code text} from {@code start} to {@code end} is marked. Most words of a result are not,
     * and an ASCII letter folds to its lower case, which is the first letter of the term it could match: a word whose
     * first letter starts no word and no prefix of the query is passed over without folding it (issue 16: the search
     * page folded every word of every snippet's text).
     */
    private boolean marks(String text, int start, int end) {
        char first = text.charAt(start);
        if (first < ASCII && !firstLetters[Character.toLowerCase(first)]) {
            return false;
        }
        return marks(text.substring(start, end));
    }

    private boolean marks(String word) {
        String folded = SearchWords.fold(word);
        if (words.contains(SearchWords.singular(folded))) {
            return true;
        }
        for (String prefix : prefixes) {
            if (folded.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    /** Where the first marked word of the text starts, or -1. */
    private int firstMatch(String text) {
        Matcher m = TEXT_WORD.matcher(text);
        while (m.find()) {
            if (marks(text, m.start(), m.end())) {
                return m.start();
            }
        }
        return -1;
    }

    boolean matches(String text) {
        return text != null && firstMatch(text) >= 0;
    }

    /** The whole text, escaped, with every match marked. */
    String all(String text) {
        return mark(flat(text));
    }

    /**
     * A passage of at most about {@code maxLength} characters from the first of the texts that has a match,
     * starting a little before that match; else the start of the first non-empty text. Escaped, matches marked.
     */
    String snippet(int maxLength, String... texts) {
        for (String text : texts) {
            String flat = flat(text);
            int found = firstMatch(flat);
            if (found >= 0) {
                int start = Math.max(0, found - LEAD);
                if (start > 0) {
                    int space = flat.indexOf(' ', start);
                    start = space >= 0 && space < found ? space + 1 : start;
                }
                return (start > 0 ? "…" : "") + mark(cut(flat.substring(start), maxLength));
            }
        }
        for (String text : texts) {
            String flat = flat(text);
            if (!flat.isEmpty()) {
                return mark(cut(flat, maxLength));
            }
        }
        return "";
    }

    private String mark(String text) {
        StringBuilder out = new StringBuilder(text.length() + 32);
        Matcher m = TEXT_WORD.matcher(text);
        int last = 0;
        while (m.find()) {
            if (marks(text, m.start(), m.end())) {
                out.append(escape(text.substring(last, m.start())))
                        .append("<mark>")
                        .append(escape(m.group()))
                        .append("</mark>");
                last = m.end();
            }
        }
        return out.append(escape(text.substring(last))).toString();
    }

    /**
     * The text on one line: stripped, every run of white space one space. A text that is already flat, as most are,
     * is returned as it is, without running the pattern over it.
     */
    static String flat(String text) {
        if (text == null) {
            return "";
        }
        String s = text.strip();
        return isFlat(s) ? s : SPACES.matcher(s).replaceAll(" ");
    }

    /** No white space but single plain spaces. */
    private static boolean isFlat(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (isSpace(c) && (c != ' ' || i + 1 < s.length() && isSpace(s.charAt(i + 1)))) {
                return false;
            }
        }
        return true;
    }

    /** White space as {@code \s} in a pattern. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    private static String cut(String text, int maxLength) {
        if (text.length() <= maxLength) {
            return text;
        }
        int space = text.lastIndexOf(' ', maxLength);
        return text.substring(0, space > maxLength / 2 ? space : maxLength) + "…";
    }

    static String escape(String text) {
        return HtmlText.escape(text, new StringBuilder(text.length() + 16)).toString();
    }
}
