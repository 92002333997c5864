package org.refract.service.shared;

/**
 * Text made safe to put into HTML, as element content or a quoted attribute value: {@code & < > " '} become their
 * character references. The one escaping of the code that writes HTML itself (search highlights, the worklist's
 * rows); pages leave it to Faces.
 */
public final class HtmlText {

    private HtmlText() {}

    /** Appends {@code text} to {@code out}, escaped; nothing for null. */
    public static StringBuilder escape(CharSequence text, StringBuilder out) {
        if (text == null) {
            return out;
        }
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
        return out;
    }
}
