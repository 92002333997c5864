package org.refract.web.shared;

import jakarta.faces.component.FacesComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import java.io.IOException;
import java.util.List;

/**
 * The {@code <option>}s of a plain {@code <select>} in a GET form, written in one pass from prepared {@link Choice}s
 * ({@code <r:options value="#{bean.choices}" selected="#{bean.filter.value}"/>}); the one whose value equals
 * {@code selected} is marked selected. Issue 16: an {@code h:selectOneMenu} with its select items cost a component,
 * a validator and an expression per item on every request of a page that never posts it back (the worklist's
 * filters). Every text goes through the response writer, which escapes it.
 */
@FacesComponent(Options.TYPE)
public class Options extends OnePassOutput {

    public static final String TYPE = "org.refract.web.shared.Options";

    @Override
    @SuppressWarnings("unchecked")
    public void encodeBegin(FacesContext context) throws IOException {
        List<Choice> choices = (List<Choice>) getAttributes().get("value");
        if (choices == null) {
            return;
        }
        Object selected = getAttributes().get("selected");
        String selectedValue = selected == null ? null : selected.toString();
        ResponseWriter out = context.getResponseWriter();
        for (Choice choice : choices) {
            out.startElement("option", this);
            out.writeAttribute("value", choice.value(), null);
            if (choice.value().equals(selectedValue)) {
                out.writeAttribute("selected", "selected", null);
            }
            out.writeText(choice.label(), null);
            out.endElement("option");
        }
    }
}
