package org.refract.domain.knowledge;

import java.util.regex.Pattern;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * The one allow-list every piece of rich text passes before it is stored: headings, paragraphs, lists, links
 * (http, https, mailto and the portal's own paths), emphasis, quotes, code and tables. Scripts, event handlers,
 * styles, SVG, frames, forms and {@code javascript:} links are dropped; links get {@code rel="nofollow noopener
 * noreferrer"}.
 */
public final class RichText {

    private static final Pattern PORTAL_PATH = Pattern.compile("^/portal/[A-Za-z0-9/._?=&%-]*$");

    private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowElements(
                    "h2",
                    "h3",
                    "h4",
                    "p",
                    "br",
                    "ul",
                    "ol",
                    "li",
                    "strong",
                    "em",
                    "b",
                    "i",
                    "u",
                    "s",
                    "blockquote",
                    "code",
                    "pre",
                    "a",
                    "table",
                    "thead",
                    "tbody",
                    "tr",
                    "th",
                    "td",
                    "caption")
            .allowUrlProtocols("http", "https", "mailto")
            .allowAttributes("href")
            .matching((element, attribute, value) -> {
                String v = value.strip();
                String lower = v.toLowerCase();
                if (lower.startsWith("http://") || lower.startsWith("https://") || lower.startsWith("mailto:")) {
                    return v;
                }
                return PORTAL_PATH.matcher(v).matches() ? v : null;
            })
            .onElements("a")
            .allowAttributes("scope")
            .matching(true, "col", "row")
            .onElements("th")
            .allowAttributes("colspan", "rowspan")
            .matching(Pattern.compile("[1-9][0-9]?"))
            .onElements("td", "th")
            .requireRelsOnLinks("nofollow", "noopener", "noreferrer")
            .toFactory();

    private RichText() {}

    /** The allowed part of some HTML; null and blank give an empty string. */
    public static String sanitize(String html) {
        if (html == null || html.isBlank()) {
            return "";
        }
        // Quill writes its first-level headings as h1; an article's title is the page's only h1.
        String headings = html.replaceAll("(?i)<(/?)h1(\\s|>)", "<$1h2$2");
        return POLICY.sanitize(headings);
    }

    private static final Pattern ENTITY = Pattern.compile("&(#[0-9]{1,7}|#x[0-9a-fA-F]{1,6}|amp|lt|gt|quot|nbsp);");

    private static String decode(String html) {
        return ENTITY.matcher(html).replaceAll(match -> {
            String entity = match.group(1);
            String decoded = switch (entity) {
                case "amp" -> "&";
                case "lt" -> "<";
                case "gt" -> ">";
                case "quot" -> "\"";
                case "nbsp" -> " ";
                default ->
                    new String(Character.toChars(
                            entity.startsWith("#x")
                                    ? Integer.parseInt(entity.substring(2), 16)
                                    : Integer.parseInt(entity.substring(1))));
            };
            return java.util.regex.Matcher.quoteReplacement(decoded);
        });
    }

    /** The text of some (sanitised) HTML, one line per block, for diffs and search. */
    public static String text(String html) {
        if (html == null) {
            return "";
        }
        String blocks = html.replaceAll("(?i)<(br|/p|/h[1-6]|/li|/tr|/blockquote|/pre|/caption)[^>]*>", "\n");
        String cells = blocks.replaceAll("(?i)</t[dh]>", " | ");
        String text = decode(cells.replaceAll("<[^>]*>", ""));
        return text.lines()
                .map(String::strip)
                .filter(line -> !line.isEmpty())
                .collect(java.util.stream.Collectors.joining("\n"));
    }
}
