package org.refract.web.shared;

import jakarta.faces.component.UIComponentBase;
import jakarta.faces.context.FacesContext;

/**
 * A component that writes its markup itself, in one pass from prepared values, and has no children: for the parts of
 * a page where a component or an expression per item cost more than the markup (issue 16). The subclass writes in
 * {@code encodeBegin}; every text goes through the response writer, which escapes it.
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
}
