package org.refract.service.identity;

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
}
