package org.refract.web.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class NavLinksTest {

    @Test
    void marksTheCurrentLinkAndWritesIdsAndIcons() {
        String html = NavLinks.markup(
                List.of(
                        new NavLink("nav-home", "/portal/home.xhtml", "Home", "pi-home", false),
                        new NavLink("nav-cases", "/portal/cases/index.xhtml", "Cases", "pi-folder-open", true)),
                null);
        assertEquals(
                "<li><a id=\"nav-home\" href=\"/portal/home.xhtml\"><i class=\"pi pi-home\" aria-hidden=\"true\"></i> Home</a></li>"
                        + "<li><a id=\"nav-cases\" href=\"/portal/cases/index.xhtml\" class=\"active\" aria-current=\"page\">"
                        + "<i class=\"pi pi-folder-open\" aria-hidden=\"true\"></i> Cases</a></li>",
                html);
    }

    @Test
    void givesEveryLinkItsClassAndEscapesAddressesAndLabels() {
        String html = NavLinks.markup(
                List.of(
                        new NavLink(null, "/portal/cases/case.xhtml?id=7", "Overview", null, false),
                        new NavLink(null, "/portal/cases/case.xhtml?id=7&tab=history", "History <all>", null, true)),
                "case-tab-link");
        assertEquals(
                "<li><a href=\"/portal/cases/case.xhtml?id=7\" class=\"case-tab-link\">Overview</a></li>"
                        + "<li><a href=\"/portal/cases/case.xhtml?id=7&amp;tab=history\" class=\"case-tab-link active\""
                        + " aria-current=\"page\">History &lt;all&gt;</a></li>",
                html);
    }
}
