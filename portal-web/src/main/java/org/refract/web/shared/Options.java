package org.refract.web.shared;

import jakarta.faces.component.FacesComponent;
import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.util.List;

/**
 * The {@code <option>}s of a plain {@code <select>} in a GET form, written in one pass from prepared {@link Choice}s
 * ({@code <r:options value="#{bean.choices}" selected="#{bean.filter.value}"/>}); the one whose value equals
 * {@code selected} is marked selected. Issue 16: an {@code h:selectOneMenu} with its select items cost a component,
 * a validator and an expression per item on every request of a page that never posts it back (the worklist's
 * filters).
 */
@FacesComponent(Options.TYPE)
public class Options extends OnePassOutput {

    public static final String TYPE = "org.refract.web.shared.Options";

    @Override
    public void encodeBegin(FacesContext context) throws IOException {
        List<Choice> choices = listAttribute("value");
        Object selected = getAttributes().get("selected");
        String selectedValue = selected == null ? null : selected.toString();
        Markup out = new Markup(choices.size() * 64);
        for (Choice choice : choices) {
            out.start("option").attribute("value", choice.value());
            if (choice.value().equals(selectedValue)) {
                out.attribute("selected", "selected");
            }
            out.text(choice.label()).end("option");
        }
        context.getResponseWriter().write(out.toString());
    }
}
