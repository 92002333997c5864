package org.refract.web.platform;

import static org.junit.jupiter.api.Assertions.assertSame;

import io.undertow.server.session.Session;
import java.lang.reflect.Proxy;
import org.junit.jupiter.api.Test;

class SessionBeforeAnswerTest {

    private static Session aSession() {
        return (Session) Proxy.newProxyInstance(
                Session.class.getClassLoader(), new Class<?>[] {Session.class}, (proxy, method, args) -> {
                    throw new UnsupportedOperationException(method.getName());
                });
    }

    /** Shaped like WildFly's request-controller wrapper: a class named so, holding the session in {@code session}. */
    private static final class CompletableSession {
        private final Session session;

        CompletableSession(Session session) {
            this.session = session;
        }
    }

    @Test
    void theRequestControllersWrapperIsLookedThrough() {
        Session distributable = aSession();
        Object wrapper = new CompletableSession(distributable);

        assertSame(distributable, SessionBeforeAnswer.stored(wrapper));
    }

    @Test
    void anyOtherSessionStoresItself() {
        Session plain = aSession();

        assertSame(plain, SessionBeforeAnswer.stored(plain));
    }

    @Test
    void aWrapperOfAnotherShapeIsLeftAsItIs() {
        Object changed = new CompletableSessionOfAnotherShape$CompletableSession();

        assertSame(changed, SessionBeforeAnswer.stored(changed));
    }

    private static final class CompletableSessionOfAnotherShape$CompletableSession {}
}
