package org.refract.web.casework;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CaseAddressTest {

    @Test
    void theOverviewAndTheReadOnlyTabsAreStatelessViews() {
        assertTrue(CaseAddress.stateless(CaseTab.OVERVIEW, false), "the Overview");
        assertTrue(CaseAddress.stateless(CaseTab.HISTORY, false), "History");
        assertTrue(CaseAddress.stateless(CaseTab.ASSESSMENT, false), "Decision support");
    }

    @Test
    void theSummaryFormAndTheTabsWithFormsKeepTheirView() {
        assertFalse(CaseAddress.stateless(CaseTab.OVERVIEW, true), "the summary's form");
        assertFalse(CaseAddress.stateless(CaseTab.MEASUREMENTS, false), "Measurements");
        assertFalse(CaseAddress.stateless(CaseTab.DISCUSSION, false), "Discussion");
        assertFalse(CaseAddress.stateless(CaseTab.TREATMENTS, false), "Treatments");
    }

    @Test
    void theSummaryParameterOpensAFormOnTheOverviewOnly() {
        assertTrue(CaseAddress.stateless(CaseTab.HISTORY, true), "History has no summary form");
    }
}
