package org.refract.web.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SearchGroupsTest {

    @Test
    void writesEachGroupWithItsCountAndLinksTheResultsThatHaveAPage() {
        String html = SearchGroups.markup(List.of(new SearchGroup(
                "catalogue",
                "Catalogue",
                List.of(
                        new SearchLine(
                                "therapy",
                                "Therapy",
                                "/portal/knowledge/therapy.xhtml?code=OMA",
                                "<mark>Omalizumab</mark>",
                                "Anti-IgE"),
                        new SearchLine("instrument", "Measurement", null, "ACT", "")))));
        assertEquals(
                "<section class=\"card search-group\" id=\"search-catalogue\" aria-labelledby=\"search-catalogue-heading\">"
                        + "<h2 id=\"search-catalogue-heading\">Catalogue <span class=\"count\">2</span></h2>"
                        + "<ul class=\"search-results\">"
                        + "<li class=\"search-result search-result-therapy\">"
                        + "<span class=\"chip chip-muted search-kind\">Therapy</span> "
                        + "<a class=\"search-title\" href=\"/portal/knowledge/therapy.xhtml?code=OMA\"><mark>Omalizumab</mark></a>"
                        + "<p class=\"search-snippet\">Anti-IgE</p></li>"
                        + "<li class=\"search-result search-result-instrument\">"
                        + "<span class=\"chip chip-muted search-kind\">Measurement</span> "
                        + "<span class=\"search-title\">ACT</span></li>"
                        + "</ul></section>",
                html);
    }

    @Test
    void leavesEmptyGroupsOutAndEscapesEverythingButTheMarkedTexts() {
        String html = SearchGroups.markup(List.of(
                new SearchGroup("articles", "Articles", List.of()),
                new SearchGroup(
                        "cases",
                        "Your teams' <cases>",
                        List.of(new SearchLine(
                                "case",
                                "Case & more",
                                "/portal/cases/case.xhtml?id=7&x=\"",
                                "Poor &lt;control&gt;",
                                null)))));
        assertEquals(
                "<section class=\"card search-group\" id=\"search-cases\" aria-labelledby=\"search-cases-heading\">"
                        + "<h2 id=\"search-cases-heading\">Your teams&#39; &lt;cases&gt; <span class=\"count\">1</span></h2>"
                        + "<ul class=\"search-results\"><li class=\"search-result search-result-case\">"
                        + "<span class=\"chip chip-muted search-kind\">Case &amp; more</span> "
                        + "<a class=\"search-title\" href=\"/portal/cases/case.xhtml?id=7&amp;x=&quot;\">Poor &lt;control&gt;</a>"
                        + "</li></ul></section>",
                html);
    }
}
