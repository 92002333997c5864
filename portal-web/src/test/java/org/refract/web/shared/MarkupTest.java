package org.refract.web.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class MarkupTest {

    @Test
    void writesElementsAttributesAndTextInOrder() {
        Markup out = new Markup(64);
        out.start("td").attribute("class", "col-age");
        out.start("span").attribute("aria-hidden", "true").text("54 · F").end("span");
        out.start("i").attribute("class", "pi pi-calendar").end("i");
        out.end("td");
        assertEquals(
                "<td class=\"col-age\"><span aria-hidden=\"true\">54 · F</span><i class=\"pi pi-calendar\"></i></td>",
                out.toString());
    }

    @Test
    void escapesTextAndAttributeValues() {
        Markup out = new Markup(64);
        out.start("a")
                .attribute("title", "\"><script>alert('x')</script>")
                .text("<b>Smith & Sons</b>")
                .end("a");
        assertEquals(
                "<a title=\"&quot;&gt;&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;\">"
                        + "&lt;b&gt;Smith &amp; Sons&lt;/b&gt;</a>",
                out.toString());
    }

    @Test
    void aMissingTextIsNothingAndAStrayAttributeIsRefused() {
        Markup out = new Markup(16);
        out.start("td").text(null).end("td");
        assertEquals("<td></td>", out.toString());
        assertThrows(IllegalStateException.class, () -> out.attribute("class", "late"));
    }
}
