package org.refract.demo;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Demo accounts with their published password exist only where the demo was asked for, whatever the database. */
class DemoDataSeederTest {

    @Test
    void withoutTheSettingThereIsNoDemoEvenOnTheEmbeddedDatabase() {
        assertFalse(DemoDataSeeder.requested(null));
    }

    @Test
    void onlyAnExplicitTrueAsksForIt() {
        assertTrue(DemoDataSeeder.requested("true"));
        assertFalse(DemoDataSeeder.requested("false"));
        assertFalse(DemoDataSeeder.requested("yes please"));
    }
}
