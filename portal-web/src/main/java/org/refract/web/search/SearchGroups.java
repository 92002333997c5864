package org.refract.web.search;

import jakarta.faces.component.FacesComponent;
import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.util.List;
import org.refract.web.shared.Markup;
import org.refract.web.shared.OnePassOutput;

/**
 * The search page's result groups ({@code <r:searchGroups value="#{searchBacking.groups}"/>}), written in one pass from
 * prepared {@link SearchGroup}s; an empty group is left out.
 * <p>
 * Issue 16: an include per group with a {@code ui:repeat} over its hits cost some ten expressions per result. The
 * markup is the same as before. Titles and snippets are the search service's escaped text with only {@code <mark>}
 * added, written as they are; every other text is escaped.
 */
@FacesComponent(SearchGroups.TYPE)
public class SearchGroups extends OnePassOutput {

    public static final String TYPE = "org.refract.web.search.SearchGroups";

    @Override
    public void encodeBegin(FacesContext context) throws IOException {
        context.getResponseWriter().write(markup(listAttribute("value")));
    }

    static String markup(List<SearchGroup> groups) {
        Markup out = new Markup(4096);
        for (SearchGroup group : groups) {
            if (group.lines().isEmpty()) {
                continue;
            }
            String id = "search-" + group.id();
            out.start("section")
                    .attribute("class", "card search-group")
                    .attribute("id", id)
                    .attribute("aria-labelledby", id + "-heading");
            out.start("h2").attribute("id", id + "-heading").text(group.heading() + " ");
            out.start("span")
                    .attribute("class", "count")
                    .text(String.valueOf(group.lines().size()))
                    .end("span")
                    .end("h2");
            out.start("ul").attribute("class", "search-results");
            for (SearchLine line : group.lines()) {
                line(out, line);
            }
            out.end("ul").end("section");
        }
        return out.toString();
    }

    private static void line(Markup out, SearchLine line) {
        out.start("li").attribute("class", "search-result search-result-" + line.kind());
        out.start("span")
                .attribute("class", "chip chip-muted search-kind")
                .text(line.kindLabel())
                .end("span");
        out.text(" ");
        String element = line.href() == null ? "span" : "a";
        out.start(element).attribute("class", "search-title");
        if (line.href() != null) {
            out.attribute("href", line.href());
        }
        out.markedHtml(line.titleHtml()).end(element);
        if (line.snippetHtml() != null && !line.snippetHtml().isEmpty()) {
            out.start("p")
                    .attribute("class", "search-snippet")
                    .markedHtml(line.snippetHtml())
                    .end("p");
        }
        out.end("li");
    }
}
