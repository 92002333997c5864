package org.refract.service.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class HashingGateTest {

    private final HashingGate gate = new HashingGate(1);

    @Test
    void aFreeTurnRunsTheWork() {
        assertEquals(Optional.of("hashed"), gate.inTurn(Duration.ZERO, () -> "hashed"));
        assertEquals(1, gate.available(), "the turn is given back");
    }

    @Test
    void withoutAFreeTurnARenewalDoesNotWait() {
        long start = System.nanoTime();
        Optional<Optional<String>> inner =
                gate.inTurn(Duration.ZERO, () -> gate.inTurn(Duration.ZERO, () -> "hashed twice"));
        assertEquals(Optional.of(Optional.empty()), inner, "the only turn is taken: the renewal is skipped");
        assertTrue(Duration.ofNanos(System.nanoTime() - start).compareTo(Duration.ofSeconds(1)) < 0);
        assertEquals(1, gate.available());
    }

    @Test
    void aLoginWaitsForATurnUpToItsLimit() {
        long start = System.nanoTime();
        Optional<Optional<String>> inner =
                gate.inTurn(Duration.ZERO, () -> gate.inTurn(Duration.ofMillis(200), () -> "hashed twice"));
        assertEquals(Optional.of(Optional.empty()), inner);
        assertTrue(Duration.ofNanos(System.nanoTime() - start).compareTo(Duration.ofMillis(190)) >= 0, "it waited");
    }
}
