package org.refract.browser.platform;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.refract.browser.BrowserTestBase;

/** The API page for developers lists the operations of the OpenAPI description, reached from the footer. */
class DevelopersPageIT extends BrowserTestBase {

    @Test
    void theFooterLeadsToTheOperationsOfTheApi() {
        logIn("resp.pulm");
        clickAndWaitForPage(find("footer-developers"));
        assertAccessible(browser);
        String table = find("developers-table").getText();
        assertTrue(table.contains("/portal/api/cases/{id}/fhir"), table);
        assertTrue(table.contains("/portal/api/openapi.json"), table);
        assertTrue(browser.findElement(By.id("developers-openapi"))
                .getAttribute("href")
                .endsWith("/api/openapi.json"));
        saveScreenshot("developers");
    }
}
