package org.refract.web.platform;

import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;
import java.util.Map;

/**
 * Lets a stateless (transient) page leave nothing in the session. Mojarra creates a view map for such a page as for
 * any other (a view parameter or the view metadata is enough) and files it among the session's active view maps,
 * which it limits to six ({@code com.sun.faces.numberOfActiveViewMaps}, web.xml): a few stateless pages opened after
 * a case page would push the case page's view-scoped beans out, and its next ajax request would fail. After a
 * transient view is rendered, or once a phase completed its response (a post that redirects, as the login form's),
 * its view map is taken out of the session again, and cleared first if view-scoped beans were made for it (they are
 * destroyed as usual).
 *
 * <p>The two names are Mojarra's ({@code ViewScopeManager.ACTIVE_VIEW_MAPS} and {@code VIEW_MAP_ID}); the portal does
 * not compile against Mojarra's implementation. {@code ViewStateIT} fails if they ever change.
 */
public class TransientViewMaps extends AfterResponseListener {

    private static final long serialVersionUID = 1L;
    static final String ACTIVE_VIEW_MAPS = "com.sun.faces.application.view.activeViewMaps";
    static final String VIEW_MAP_ID = "com.sun.faces.application.view.viewMapId";

    @Override
    protected void afterResponse(FacesContext context) {
        UIViewRoot root = context.getViewRoot();
        if (root == null || !root.isTransient()) {
            return;
        }
        Map<String, Object> viewMap = root.getViewMap(false);
        if (viewMap == null || context.getExternalContext().getSession(false) == null) {
            return; // no session (none yet, or the logout just ended it): nothing is kept
        }
        if (holdsBeans(viewMap)) {
            viewMap.clear(); // destroys the view's beans (PreDestroyViewMapEvent)
        }
        Object id = root.getTransientStateHelper().getTransient(VIEW_MAP_ID);
        if (id == null) {
            return;
        }
        Map<String, Object> session = context.getExternalContext().getSessionMap();
        if (session.get(ACTIVE_VIEW_MAPS) instanceof Map<?, ?> active) {
            synchronized (active) {
                active.remove(id);
            }
            session.put(ACTIVE_VIEW_MAPS, active); // a changed attribute is put again, so that it replicates
        }
    }

    /**
     * Whether anything but plain text is in the view map: Faces keeps a view-scoped bean there under its name. Most
     * stateless pages make none, and their view map holds only PrimeFaces' nonce (a string); clearing it would only
     * publish the event to listeners that have nothing to destroy (OmniFaces' walks the stack to find the bean
     * manager: 4 % of the login page's CPU, issue 16). Anything else is cleared as before.
     */
    static boolean holdsBeans(Map<String, Object> viewMap) {
        return viewMap.values().stream().anyMatch(value -> !(value instanceof String));
    }
}
