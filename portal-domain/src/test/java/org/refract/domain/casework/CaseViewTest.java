package org.refract.domain.casework;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class CaseViewTest {

    @Test
    void recordsWhoOpenedWhichCaseWhen() {
        ClinicalCase clinicalCase = Fixtures.asthmaCase();
        CaseView view = new CaseView(clinicalCase, "c.smith", Fixtures.NOW);
        assertSame(clinicalCase, view.getClinicalCase());
        assertEquals("c.smith", view.getUsername());
        assertEquals(Fixtures.NOW, view.getViewedAt());
        assertNull(view.getId());
    }

    @Test
    void everythingIsRequired() {
        ClinicalCase clinicalCase = Fixtures.asthmaCase();
        assertThrows(NullPointerException.class, () -> new CaseView(null, "c.smith", Fixtures.NOW));
        assertThrows(IllegalArgumentException.class, () -> new CaseView(clinicalCase, " ", Fixtures.NOW));
        assertThrows(NullPointerException.class, () -> new CaseView(clinicalCase, "c.smith", null));
    }
}
