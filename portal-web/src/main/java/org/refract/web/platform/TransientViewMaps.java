package org.refract.web.platform;

import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import java.util.Map;

/**
 * Lets a stateless (transient) page leave nothing in the session. Mojarra creates a view map for such a page as for
 * any other (a view parameter or the view metadata is enough) and files it among the session's active view maps,
 * which it limits to six ({@code com.sun.faces.numberOfActiveViewMaps}, web.xml): a few stateless pages opened after
 * a case page would push the case page's view-scoped beans out, and its next ajax request would fail. After a
 * transient view is rendered, or once a phase completed its response (a post that redirects, as the login form's),
 * its view map is cleared (view-scoped beans are destroyed as usual) and taken out of the session again.
 *
 * <p>The two names are Mojarra's ({@code ViewScopeManager.ACTIVE_VIEW_MAPS} and {@code VIEW_MAP_ID}); the portal does
 * not compile against Mojarra's implementation. {@code ViewStateIT} fails if they ever change.
 */
public class TransientViewMaps implements PhaseListener {

    private static final long serialVersionUID = 1L;
    static final String ACTIVE_VIEW_MAPS = "com.sun.faces.application.view.activeViewMaps";
    static final String VIEW_MAP_ID = "com.sun.faces.application.view.viewMapId";

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.ANY_PHASE;
    }

    @Override
    public void afterPhase(PhaseEvent event) {
        FacesContext context = event.getFacesContext();
        if (event.getPhaseId() != PhaseId.RENDER_RESPONSE && !context.getResponseComplete()) {
            return;
        }
        UIViewRoot root = context.getViewRoot();
        if (root == null || !root.isTransient()) {
            return;
        }
        Map<String, Object> viewMap = root.getViewMap(false);
        if (viewMap == null || context.getExternalContext().getSession(false) == null) {
            return; // no session (none yet, or the logout just ended it): nothing is kept
        }
        Object id = root.getTransientStateHelper().getTransient(VIEW_MAP_ID);
        viewMap.clear();
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
}
