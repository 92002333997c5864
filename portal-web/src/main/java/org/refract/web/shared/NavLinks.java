package org.refract.web.shared;

import jakarta.faces.component.FacesComponent;
import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.util.List;

/**
 * The {@code <li>} items of a navigation list, written in one pass from prepared {@link NavLink}s
 * ({@code <ul><r:navLinks value="#{bean.links}" linkClass="case-tab-link"/></ul>}): each a link with the given class,
 * the current one marked {@code aria-current="page"} and {@code active}. Issue 16: the side navigation on every page
 * and the case page's tab bar cost several expressions per link (and a repeat's iteration per tab) for markup that
 * depends only on the caller's roles and the page shown.
 */
@FacesComponent(NavLinks.TYPE)
public class NavLinks extends OnePassOutput {

    public static final String TYPE = "org.refract.web.shared.NavLinks";

    @Override
    public void encodeBegin(FacesContext context) throws IOException {
        Object linkClass = getAttributes().get("linkClass");
        context.getResponseWriter()
                .write(markup(listAttribute("value"), linkClass == null ? null : linkClass.toString()));
    }

    /** The items' markup: each link with {@code linkClass} (may be null), the current one also {@code active}. */
    static String markup(List<NavLink> links, String linkClass) {
        Markup out = new Markup(links.size() * 160);
        for (NavLink link : links) {
            out.start("li").start("a");
            if (link.id() != null) {
                out.attribute("id", link.id());
            }
            out.attribute("href", link.href());
            String styleClass = classes(linkClass, link.current());
            if (!styleClass.isEmpty()) {
                out.attribute("class", styleClass);
            }
            if (link.current()) {
                out.attribute("aria-current", "page");
            }
            if (link.icon() != null) {
                out.start("i")
                        .attribute("class", "pi " + link.icon())
                        .attribute("aria-hidden", "true")
                        .end("i");
                out.text(" ");
            }
            out.text(link.label()).end("a").end("li");
        }
        return out.toString();
    }

    private static String classes(String linkClass, boolean current) {
        String base = linkClass == null ? "" : linkClass.strip();
        if (!current) {
            return base;
        }
        return base.isEmpty() ? "active" : base + " active";
    }
}
