package org.refract.web.platform;

import jakarta.faces.application.Application;
import jakarta.faces.application.ApplicationFactory;
import jakarta.faces.application.ApplicationWrapper;
import jakarta.faces.event.SystemEvent;
import jakarta.faces.event.SystemEventListener;

/**
 * Leaves out OmniFaces' listener for destroyed view maps (issue 16). OmniFaces registers it (in its faces-config.xml)
 * for its own {@code @org.omnifaces.cdi.ViewScoped} beans, which the portal does not use ({@code OmniFacesUseTest});
 * for every view map destroyed (each stateless case page's, each view that leaves a session) it looked the CDI bean
 * manager up through {@code CDI.current()}, which on WildFly walks the thread's stack to find its caller: 3.7 % of the
 * case page's CPU. The portal's view-scoped beans are Faces' own ({@code jakarta.faces.view.ViewScoped}), whose
 * listener is Mojarra's and stays. Faces subscribes the listeners of every faces-config.xml through the application
 * this factory gives, so the one left out is never subscribed; every other call goes to the application unchanged.
 */
public class WithoutOmniFacesViewScope extends ApplicationFactory {

    /** The class of the listener left out, by name: OmniFaces stays a library the portal only calls. */
    static final String OMNIFACES_VIEW_SCOPE_LISTENER = "org.omnifaces.cdi.viewscope.ViewScopeEventListener";

    private volatile Filtered application;

    public WithoutOmniFacesViewScope(ApplicationFactory wrapped) {
        super(wrapped);
    }

    @Override
    public Application getApplication() {
        Application wrapped = getWrapped().getApplication();
        Filtered current = application;
        if (current == null || current.getWrapped() != wrapped) {
            current = new Filtered(wrapped);
            application = current;
        }
        return current;
    }

    @Override
    public void setApplication(Application application) {
        getWrapped().setApplication(application);
    }

    static boolean leftOut(SystemEventListener listener) {
        return listener != null
                && OMNIFACES_VIEW_SCOPE_LISTENER.equals(listener.getClass().getName());
    }

    /** The application, but for subscribing the listener left out. */
    static final class Filtered extends ApplicationWrapper {

        Filtered(Application wrapped) {
            super(wrapped);
        }

        @Override
        public void subscribeToEvent(
                Class<? extends SystemEvent> systemEventClass, Class<?> sourceClass, SystemEventListener listener) {
            if (!leftOut(listener)) {
                super.subscribeToEvent(systemEventClass, sourceClass, listener);
            }
        }

        @Override
        public void subscribeToEvent(Class<? extends SystemEvent> systemEventClass, SystemEventListener listener) {
            if (!leftOut(listener)) {
                super.subscribeToEvent(systemEventClass, listener);
            }
        }
    }
}
