package org.refract.browser.identity;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.Select;
import org.refract.browser.BrowserTestBase;

/**
 * An administrator opens the security log from the administration page, filters it by kind and account with the
 * keyboard, and sees their own login listed (each page passes the accessibility check on the way).
 */
class SecurityLogPageIT extends BrowserTestBase {

    @Test
    void anAdministratorFiltersTheSecurityLogByKindAndAccount() {
        logIn("admin");
        clickAndWaitForPage(find("admin-security-link"));
        assertTrue(find("events").isDisplayed());

        new Select(find("filter-kind")).selectByValue("LOGIN");
        find("filter-user").sendKeys("admin");
        find("filter-user").sendKeys(Keys.ENTER);
        waitForUrl(browser, "user=admin");
        waitForPage(browser);
        assertAccessible(browser);

        assertTrue(browser.getCurrentUrl().contains("kind=LOGIN"), browser.getCurrentUrl());
        String table = find("events").getText();
        assertTrue(table.contains("Login") && table.contains("admin"), table);
        assertTrue(
                find("events-count").getText().matches("no events|1 event|([2-9]|\\d{2,}) events"),
                find("events-count").getText());
        saveScreenshot("identity/security-log");
    }
}
