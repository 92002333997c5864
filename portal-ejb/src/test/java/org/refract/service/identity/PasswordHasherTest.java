package org.refract.service.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PasswordHasherTest {

    private final PasswordHasher hasher = new PasswordHasher();

    @Test
    void hashesWithPbkdf2Sha256AtSixHundredThousandIterations() {
        String hash = hasher.hash("correct horse battery");
        assertTrue(hash.startsWith("pbkdf2-sha256$600000$"), hash);
        assertFalse(hash.contains("correct horse battery"));
    }

    @Test
    void verifiesTheRightPasswordOnly() {
        String hash = hasher.hash("correct horse battery");
        assertTrue(hasher.verify("correct horse battery", hash));
        assertFalse(hasher.verify("correct horse batterY", hash));
    }

    @Test
    void saltsEveryHash() {
        assertNotEquals(hasher.hash("same password here"), hasher.hash("same password here"));
    }

    @Test
    void weakerHashesStillVerifyButAskForARehash() {
        String weak = new PasswordHasher(1_000).hash("correct horse battery");
        assertTrue(hasher.verify("correct horse battery", weak));
        assertTrue(hasher.needsRehash(weak));
        assertFalse(hasher.needsRehash(hasher.hash("correct horse battery")));
    }

    @Test
    void malformedHashesNeverMatch() {
        assertFalse(hasher.verify("x", null));
        assertFalse(hasher.verify("x", "plain-text"));
        assertFalse(hasher.verify("x", "pbkdf2-sha256$abc$def$ghi"));
        assertFalse(hasher.verify("x", "pbkdf2-sha256$1000$!!!$???"));
    }

    @Test
    void aDecoyIsShapedLikeARealHashAndMatchesNoPassword() {
        String real = hasher.hash("correct horse battery");
        String decoy = hasher.decoy();
        String[] realParts = real.split("\\$");
        String[] decoyParts = decoy.split("\\$");
        assertEquals(realParts.length, decoyParts.length);
        assertEquals(realParts[0], decoyParts[0]);
        assertEquals(realParts[1], decoyParts[1], "the same iterations, so it costs as much to check");
        assertEquals(realParts[2].length(), decoyParts[2].length(), "a salt of the same length");
        assertEquals(realParts[3].length(), decoyParts[3].length(), "a value of the same length");
        assertFalse(hasher.needsRehash(decoy));
        assertFalse(hasher.verify("correct horse battery", decoy));
        assertFalse(hasher.verify("", decoy));
        assertNotEquals(decoy, hasher.decoy(), "random each time");
    }
}
