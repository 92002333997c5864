package org.refract.service.search;

import java.util.List;

/**
 * Turns the highlighter's fragments into HTML that is safe to render: the indexed text (which is user input) is
 * escaped entirely, and only the highlighter's own markers, private-use characters no input can carry through, become
 * {@code <mark>} elements.
 */
final class Highlights {

    static final String OPEN = "\uE000";
    static final String CLOSE = "\uE001";

    private Highlights() {
    }

    /** The first fragment that has a match, else the start of the fallback text; escaped, matches marked. */
    static String html(List<String> fragments, String fallback, int maxLength) {
        if (fragments != null) {
            for (String fragment : fragments) {
                if (fragment != null && fragment.contains(OPEN)) {
                    return mark(escape(fragment));
                }
            }
        }
        return escape(shorten(strip(fallback), maxLength));
    }

    private static String mark(String escaped) {
        return escaped.replace(OPEN, "<mark>").replace(CLOSE, "</mark>");
    }

    /** Input cannot forge a marker: the private-use characters are dropped from the fallback text. */
    private static String strip(String text) {
        return text == null ? "" : text.replace(OPEN, "").replace(CLOSE, "");
    }

    private static String shorten(String text, int maxLength) {
        String flat = text.strip().replaceAll("\\s+", " ");
        if (flat.length() <= maxLength) {
            return flat;
        }
        int cut = flat.lastIndexOf(' ', maxLength);
        return flat.substring(0, cut > maxLength / 2 ? cut : maxLength) + "…";
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
