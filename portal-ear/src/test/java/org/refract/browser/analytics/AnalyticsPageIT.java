package org.refract.browser.analytics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.refract.browser.BrowserTestBase;

/**
 * The analytics page from the navigation: every figure with its table, a filter by team that the CSV link keeps, and
 * a wrong date named beside its field; accessible throughout.
 */
class AnalyticsPageIT extends BrowserTestBase {

    @Test
    void aChairOpensAnalyticsAndFiltersByTeam() {
        logIn("resp.chair");
        clickAndWaitForPage(find("nav-analytics"));
        assertAccessible(browser);
        assertTrue(browser.getCurrentUrl().contains("/analytics/index.xhtml"), browser.getCurrentUrl());
        for (String figure : new String[] {
            "cases-by-status", "refractory", "factors", "decision-time", "meeting-activity", "switches"
        }) {
            assertTrue(findOptional(figure).isPresent(), figure);
        }
        saveScreenshot("analytics/all-teams");

        new Select(find("filter-team")).selectByValue("respiratory");
        clickAndWaitForPage(find("analytics-apply"));
        assertAccessible(browser);
        assertEquals(
                "respiratory",
                new Select(find("filter-team")).getFirstSelectedOption().getAttribute("value"));
        assertTrue(find("analytics-csv").getAttribute("href").contains("team=respiratory"));
        assertTrue(
                browser.findElements(By.cssSelector("#cases-by-status-table tbody tr"))
                                .size()
                        > 0,
                "the demo cases of the respiratory team are counted");
        saveScreenshot("analytics/respiratory");

        open("analytics/index.xhtml?from=yesterday");
        assertTrue(
                find("filter-from-error").getText().contains("2026-01-31"),
                find("filter-from-error").getText());
    }
}
