package org.refract.web.shared;

import org.refract.service.shared.HtmlText;

/**
 * HTML built in memory and handed to the response writer in one call, for a {@link OnePassOutput} that writes many
 * small elements (the worklist's rows: some thirty writer calls per row went through three layers of response
 * writers, issue 16). Escapes every text and attribute value ({@link HtmlText}); the element and attribute names are the
 * caller's constants.
 */
public final class Markup {

    private final StringBuilder html;
    private boolean startOpen;

    public Markup(int capacity) {
        html = new StringBuilder(capacity);
    }

    /** Opens an element; attributes follow until the next text, element or end. */
    public Markup start(String element) {
        closeStart();
        html.append('<').append(element);
        startOpen = true;
        return this;
    }

    public Markup attribute(String name, String value) {
        if (!startOpen) {
            throw new IllegalStateException("An attribute outside a start tag: " + name);
        }
        html.append(' ').append(name).append("=\"");
        escape(value);
        html.append('"');
        return this;
    }

    public Markup text(String text) {
        closeStart();
        escape(text);
        return this;
    }

    /**
     * Text that is already escaped HTML, written as it is: only for the search service's titles and snippets
     * ({@code SearchHit}), escaped text in which the matched words are wrapped in {@code <mark>}.
     */
    public Markup markedHtml(String escapedHtml) {
        closeStart();
        if (escapedHtml != null) {
            html.append(escapedHtml);
        }
        return this;
    }

    public Markup end(String element) {
        closeStart();
        html.append("</").append(element).append('>');
        return this;
    }

    @Override
    public String toString() {
        closeStart();
        return html.toString();
    }

    private void closeStart() {
        if (startOpen) {
            html.append('>');
            startOpen = false;
        }
    }

    private void escape(String text) {
        HtmlText.escape(text, html);
    }
}
