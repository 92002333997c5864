package org.refract.service.platform;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class AfterStartTest {

    @Test
    void waitsOnlyWhileTheServerBoots() {
        assertFalse(AfterStart.isStarted("starting"));
        assertTrue(AfterStart.isStarted("running"));
        assertTrue(AfterStart.isStarted("reload-required"));
    }

    @Test
    void aServerThatDoesNotSayItsStateCountsAsStarted() {
        assertTrue(AfterStart.isStarted(null));
        assertTrue(AfterStart.serverStarted()); // no WildFly management beans in a unit test
    }
}
