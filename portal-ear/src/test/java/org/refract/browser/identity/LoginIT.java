package org.refract.browser.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.refract.browser.BrowserTestBase;

/** Logging in and out in the browser, for every role, with the error and access pages on the way. */
class LoginIT extends BrowserTestBase {

    @ParameterizedTest
    @CsvSource({
        "resp.pulm,   home.xhtml,        Dr Samuel Okafor",
        "neuro.chair, home.xhtml,        Dr Marta Kowalski",
        "admin,       admin/index.xhtml, Alex Morgan"
    })
    void eachRoleLandsOnItsHomePage(String username, String home, String displayName) {
        open("");
        assertTrue(browser.getCurrentUrl().contains("login.xhtml"), "anonymous users see the login page first");
        logIn(username);
        assertTrue(browser.getCurrentUrl().endsWith(home), browser.getCurrentUrl());
        assertTrue(find("current-user").getText().contains(displayName));
    }

    @Test
    void theDemoSaysSoOnEveryPage() {
        open("login.xhtml");
        assertDemonstrationBanner();
        logIn("resp.pulm");
        assertDemonstrationBanner();
        open("no-such-page.xhtml");
        assertDemonstrationBanner();
        assertAccessible(browser);
    }

    private void assertDemonstrationBanner() {
        String banner = find("demonstration-banner").getText();
        assertTrue(banner.contains("Demonstration data"), banner);
        assertEquals("Demonstration data", find("demonstration-banner").getAttribute("aria-label"));
    }

    @Test
    void headerShowsRoleAndTeam() {
        logIn("resp.chair");
        String header = find("current-user").getText();
        assertTrue(header.contains("Chair"), header);
        assertTrue(header.contains("Severe asthma MDT"), header);
    }

    @Test
    void wrongPasswordShowsTheGenericMessageAndKeepsTheUsername() {
        open("login.xhtml");
        logIn(browser, "resp.pulm", "definitely-not-it");
        assertTrue(browser.getCurrentUrl().contains("login.xhtml"));
        String message = find("messages").getText();
        assertTrue(message.contains("The username or password is incorrect"), message);
        assertEquals("resp.pulm", find("login:username").getAttribute("value"));
        assertEquals("", find("login:password").getAttribute("value"));
    }

    @Test
    void unknownUserGetsTheSameMessage() {
        logIn(browser, "no.such.person", "definitely-not-it");
        assertTrue(find("messages").getText().contains("The username or password is incorrect"));
    }

    @Test
    void anonymousRequestGoesToLoginAndBackAfterIt() {
        open("admin/index.xhtml");
        assertTrue(browser.getCurrentUrl().contains("login.xhtml?continue="), browser.getCurrentUrl());
        logIn("admin");
        assertTrue(browser.getCurrentUrl().endsWith("admin/index.xhtml"), browser.getCurrentUrl());
    }

    @Test
    void clinicianOpeningAnAdminPageGetsTheAccessDeniedPage() {
        logIn("epi.neuro");
        open("admin/index.xhtml");
        assertTrue(findOptional("error-403").isPresent(), "the 403 page is shown");
        assertFalse(browser.getPageSource().contains("Exception"), "no stack trace");
    }

    @Test
    void unknownPageGetsTheNotFoundPage() {
        logIn("epi.neuro");
        open("no-such-page.xhtml");
        assertTrue(findOptional("error-404").isPresent(), "the 404 page is shown");
    }

    @Test
    void logoutEndsTheSession() {
        logIn("haem.haem");
        logOut(browser);
        assertTrue(browser.getCurrentUrl().contains("login.xhtml"));
        assertTrue(findOptional("logged-out").isPresent());
        open("home.xhtml");
        assertTrue(browser.getCurrentUrl().contains("login.xhtml"), "after logout the home page needs a login");
    }

    @Test
    void loginAndLogoutWorkByKeyboardAlone() {
        open("login.xhtml");
        // The username field has focus on arrival; Tab to the password, Enter submits.
        new Actions(browser)
                .sendKeys("resp.nurse")
                .sendKeys(Keys.TAB)
                .sendKeys(DEMO_PASSWORD)
                .sendKeys(Keys.ENTER)
                .perform();
        waitForUrl(browser, "home.xhtml");
        assertAccessible(browser);

        // Tab through the page until the logout button has focus, then press Enter.
        WebElement logout = find("logoutForm:logout");
        boolean reached = false;
        for (int i = 0; i < 25 && !reached; i++) {
            new Actions(browser).sendKeys(Keys.TAB).perform();
            reached = logout.equals(browser.switchTo().activeElement());
        }
        assertTrue(reached, "the logout button is reachable with Tab");
        new Actions(browser).sendKeys(Keys.ENTER).perform();
        waitForUrl(browser, "login.xhtml");
        assertTrue(browser.findElements(By.id("logged-out")).size() == 1);
    }
}
