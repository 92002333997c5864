package org.refract.domain.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.security.Principal;
import org.junit.jupiter.api.Test;

class AuditRevisionListenerTest {

    @Test
    void outsideAnEjbTheSystemMadeTheChange() {
        AuditRevision revision = new AuditRevision();
        new AuditRevisionListener().newRevision(revision);
        assertEquals("system", revision.getUsername());
    }

    @Test
    void theCallerNameIsStored() {
        assertEquals("c.jones", AuditRevisionListener.usernameOf(principal("c.jones")));
    }

    @Test
    void noRealCallerMeansSystem() {
        assertEquals("system", AuditRevisionListener.usernameOf(null));
        assertEquals("system", AuditRevisionListener.usernameOf(principal(null)));
        assertEquals("system", AuditRevisionListener.usernameOf(principal(" ")));
        assertEquals("system", AuditRevisionListener.usernameOf(principal("anonymous")));
    }

    @Test
    void overlongNamesAreCutToTheColumnWidth() {
        assertEquals(
                64, AuditRevisionListener.usernameOf(principal("x".repeat(100))).length());
    }

    private static Principal principal(String name) {
        return () -> name;
    }
}
