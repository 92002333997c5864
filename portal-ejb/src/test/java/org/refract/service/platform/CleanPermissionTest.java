package org.refract.service.platform;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Emptying the database needs its exact name: a stray {@code -Drefract.flyway.clean=true} wipes nothing. */
class CleanPermissionTest {

    private static final String TEST_DB = "jdbc:postgresql://127.0.0.1:5432/portal_it";

    @Test
    void trueIsNotEnough() {
        assertTrue(new CleanPermission("true").refusal(TEST_DB).isPresent());
    }

    @Test
    void anotherDatabaseIsRefused() {
        String refusal = new CleanPermission("jdbc:postgresql://127.0.0.1:5432/portal_it")
                .refusal("jdbc:postgresql://db.hospital:5432/refract")
                .orElseThrow();
        assertTrue(refusal.contains("db.hospital"), refusal);
        assertTrue(refusal.contains("Nothing was emptied"), refusal);
    }

    @Test
    void theNamedDatabaseMayBeEmptiedWhateverItsParameters() {
        assertFalse(new CleanPermission("jdbc:h2:mem:refract-it;DB_CLOSE_DELAY=-1")
                .refusal("jdbc:h2:mem:refract-it")
                .isPresent());
        assertFalse(new CleanPermission(TEST_DB)
                .refusal(TEST_DB + "?sslmode=require")
                .isPresent());
    }

    @Test
    void unsetOrBlankAsksForNothing() {
        assertFalse(new CleanPermission(null).requested());
        assertFalse(new CleanPermission(" ").requested());
        assertTrue(new CleanPermission(TEST_DB).requested());
    }
}
