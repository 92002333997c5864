package org.refract.web.shared;

import jakarta.faces.component.UIComponentBase;
import jakarta.faces.context.FacesContext;
import java.util.List;

/**
 * A component that writes its markup itself, in one pass from prepared values, and has no children: for the parts of
 * a page where a component or an expression per item cost more than the markup (issue 16). The subclass builds its
 * markup with {@link Markup} (which escapes every text) in {@code encodeBegin} and writes it in one call.
 */
public abstract class OnePassOutput extends UIComponentBase {

    @Override
    public String getFamily() {
        return "org.refract.web";
    }

    @Override
    public boolean getRendersChildren() {
        return true;
    }

    @Override
    public void encodeChildren(FacesContext context) {
        // no children: the markup is the component's own output
    }

    /** The list an attribute holds ({@code value="#{bean.items}"}), empty when it holds none. */
    @SuppressWarnings("unchecked")
    protected <T> List<T> listAttribute(String name) {
        Object value = getAttributes().get(name);
        return value == null ? List.of() : (List<T>) value;
    }
}
