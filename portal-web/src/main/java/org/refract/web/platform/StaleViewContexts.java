package org.refract.web.platform;

import jakarta.faces.context.FacesContext;
import java.util.Map;

/**
 * Keeps the session's record of view-scoped beans as short as its list of live views. For every view that made a
 * view-scoped bean, Mojarra files an entry in the session ({@code activeViewContexts}: the view map's id, and for each
 * bean its CDI id and name). When a view map leaves the session (the oldest of the six is pushed out, or
 * {@link TransientViewMaps} takes out a stateless page's), Mojarra destroys its beans but keeps that entry until the
 * session ends: about 1 KB for every case page a user opened, 80 KB after a working hour's 80 pages (issue 16,
 * eighteenth round). After each rendered response this listener drops the entries of view maps that are no longer
 * active; the live views' entries, which Mojarra needs to find their beans, stay.
 *
 * <p>The names are Mojarra's ({@code ViewScopeContextManager.ACTIVE_VIEW_CONTEXTS} and
 * {@code ViewScopeManager.ACTIVE_VIEW_MAPS}); {@code ViewStateIT} fails if they ever change.
 */
public class StaleViewContexts extends AfterResponseListener {

    private static final long serialVersionUID = 1L;
    static final String ACTIVE_VIEW_CONTEXTS = "com.sun.faces.application.view.activeViewContexts";

    @Override
    protected void afterResponse(FacesContext context) {
        if (context.getExternalContext().getSession(false) == null) {
            return;
        }
        Map<String, Object> session = context.getExternalContext().getSessionMap();
        if (session.get(ACTIVE_VIEW_CONTEXTS) instanceof Map<?, ?> contexts
                && prune(contexts, session.get(TransientViewMaps.ACTIVE_VIEW_MAPS))) {
            session.put(ACTIVE_VIEW_CONTEXTS, contexts); // a changed attribute is put again, so that it replicates
        }
    }

    /**
     * Drops the contexts of view maps that are not active (all of them when the session has no active view map).
     *
     * @return whether anything was dropped
     */
    static boolean prune(Map<?, ?> contexts, Object activeViewMaps) {
        Map<?, ?> active = activeViewMaps instanceof Map<?, ?> maps ? maps : Map.of();
        synchronized (contexts) {
            return contexts.keySet().removeIf(viewMapId -> !containsKey(active, viewMapId));
        }
    }

    private static boolean containsKey(Map<?, ?> active, Object key) {
        synchronized (active) {
            return active.containsKey(key);
        }
    }
}
