package org.refract.web.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.faces.application.Application;
import jakarta.faces.application.ApplicationFactory;
import jakarta.faces.application.ApplicationWrapper;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.event.PostConstructApplicationEvent;
import jakarta.faces.event.PreDestroyViewMapEvent;
import jakarta.faces.event.SystemEvent;
import jakarta.faces.event.SystemEventListener;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.omnifaces.cdi.viewscope.ViewScopeEventListener;

class WithoutOmniFacesViewScopeTest {

    /** What the application was asked to subscribe. */
    private final List<SystemEventListener> subscribed = new ArrayList<>();

    private final Application recording = new ApplicationWrapper(null) {
        @Override
        public void subscribeToEvent(
                Class<? extends SystemEvent> systemEventClass, Class<?> sourceClass, SystemEventListener listener) {
            subscribed.add(listener);
        }

        @Override
        public void subscribeToEvent(Class<? extends SystemEvent> systemEventClass, SystemEventListener listener) {
            subscribed.add(listener);
        }
    };

    private Application current = recording;

    private final ApplicationFactory faces = new ApplicationFactory(null) {
        @Override
        public Application getApplication() {
            return current;
        }

        @Override
        public void setApplication(Application application) {
            current = application;
        }
    };

    private final WithoutOmniFacesViewScope factory = new WithoutOmniFacesViewScope(faces);

    @Test
    void omniFacesViewScopeListenerIsNotSubscribedAndOthersAre() {
        SystemEventListener omniFaces = new ViewScopeEventListener();
        SystemEventListener other = new SystemEventListener() {
            @Override
            public void processEvent(SystemEvent event) {}

            @Override
            public boolean isListenerForSource(Object source) {
                return true;
            }
        };

        Application application = factory.getApplication();
        application.subscribeToEvent(PreDestroyViewMapEvent.class, UIViewRoot.class, omniFaces);
        application.subscribeToEvent(PreDestroyViewMapEvent.class, omniFaces);
        application.subscribeToEvent(PreDestroyViewMapEvent.class, UIViewRoot.class, other);
        application.subscribeToEvent(PostConstructApplicationEvent.class, other);

        assertEquals(List.of(other, other), subscribed);
    }

    @Test
    void theSameApplicationIsGivenUntilAnotherIsSet() {
        Application first = factory.getApplication();
        assertSame(first, factory.getApplication());
        assertSame(recording, ((ApplicationWrapper) first).getWrapped());

        Application replacement = new ApplicationWrapper(null) {};
        factory.setApplication(replacement);

        Application second = factory.getApplication();
        assertNotSame(first, second);
        assertSame(replacement, ((ApplicationWrapper) second).getWrapped());
    }

    /** If OmniFaces renamed or dropped the listener, the filter would leave nothing out: say so. */
    @Test
    void omniFacesStillRegistersThatListener() throws IOException {
        boolean registered = false;
        for (URL config : Collections.list(getClass().getClassLoader().getResources("META-INF/faces-config.xml"))) {
            try (InputStream in = config.openStream()) {
                String xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                registered |= xml.contains("<name>omnifaces</name>")
                        && xml.contains(WithoutOmniFacesViewScope.OMNIFACES_VIEW_SCOPE_LISTENER);
            }
        }
        assertTrue(
                registered,
                "OmniFaces' faces-config.xml names " + WithoutOmniFacesViewScope.OMNIFACES_VIEW_SCOPE_LISTENER);
        assertEquals(WithoutOmniFacesViewScope.OMNIFACES_VIEW_SCOPE_LISTENER, ViewScopeEventListener.class.getName());
    }
}
