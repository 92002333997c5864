package org.refract.service.search;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Marks the words of a query in indexed text, as HTML that is safe to render: the text (which is user input) is
 * escaped entirely, and the only markup added is {@code <mark>} around matches.
 * <p>
 * Hibernate Search's highlight projection cannot be used on WildFly 39: its Lucene backend module does not include
 * {@code lucene-highlighter} ({@code NoClassDefFoundError: org/apache/lucene/search/highlight/Encoder}). Marking
 * the query's words here matches what the standard analyser matches: whole words, case-insensitive, with {@code *}
 * as a prefix wildcard.
 */
final class Highlights {

    private static final Pattern WORD = Pattern.compile("(-?)([\\p{L}\\p{N}]+)(\\*?)");
    private static final String WORD_CHAR = "[\\p{L}\\p{N}]";
    private static final int LEAD = 50;

    private final Pattern matches;

    private Highlights(Pattern matches) {
        this.matches = matches;
    }

    /** The words to mark in results of this query; excluded words ({@code -word}) are never marked. */
    static Highlights of(String query) {
        List<String> alternatives = new ArrayList<>();
        Matcher m = WORD.matcher(query == null ? "" : query);
        while (m.find()) {
            String word = m.group(2);
            if (!m.group(1).isEmpty() || isOperator(word)) {
                continue;
            }
            alternatives.add(Pattern.quote(word) + (m.group(3).isEmpty() ? "" : WORD_CHAR + "*"));
        }
        if (alternatives.isEmpty()) {
            return new Highlights(null);
        }
        return new Highlights(Pattern.compile("(?<!" + WORD_CHAR + ")(?:" + String.join("|", alternatives) + ")(?!"
                + WORD_CHAR + ")", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
    }

    private static boolean isOperator(String word) {
        return word.equals("AND") || word.equals("OR") || word.equals("NOT");
    }

    boolean matches(String text) {
        return matches != null && text != null && matches.matcher(text).find();
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
            Matcher m = matches == null ? null : matches.matcher(flat);
            if (m != null && m.find()) {
                int start = Math.max(0, m.start() - LEAD);
                if (start > 0) {
                    int space = flat.indexOf(' ', start);
                    start = space >= 0 && space < m.start() ? space + 1 : start;
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
        if (matches == null) {
            return escape(text);
        }
        StringBuilder out = new StringBuilder(text.length() + 32);
        Matcher m = matches.matcher(text);
        int last = 0;
        while (m.find()) {
            out.append(escape(text.substring(last, m.start()))).append("<mark>").append(escape(m.group()))
                    .append("</mark>");
            last = m.end();
        }
        return out.append(escape(text.substring(last))).toString();
    }

    private static String flat(String text) {
        return text == null ? "" : text.strip().replaceAll("\\s+", " ");
    }

    private static String cut(String text, int maxLength) {
        if (text.length() <= maxLength) {
            return text;
        }
        int space = text.lastIndexOf(' ', maxLength);
        return text.substring(0, space > maxLength / 2 ? space : maxLength) + "…";
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
