package org.refract.web.platform;

import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;

/**
 * A phase listener that tidies the session once a request's response is done: after the view was rendered, or after
 * the phase that completed the response (a post that redirects, as the login form's).
 */
public abstract class AfterResponseListener implements PhaseListener {

    private static final long serialVersionUID = 1L;

    @Override
    public final PhaseId getPhaseId() {
        return PhaseId.ANY_PHASE;
    }

    @Override
    public final void afterPhase(PhaseEvent event) {
        FacesContext context = event.getFacesContext();
        if (event.getPhaseId() == PhaseId.RENDER_RESPONSE || context.getResponseComplete()) {
            afterResponse(context);
        }
    }

    /** What to do once the response is done. */
    protected abstract void afterResponse(FacesContext context);
}
