package org.refract.browser.identity;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.refract.browser.BrowserTestBase;

/**
 * Sessions end when access ends: an administrator deactivates an account and the user's other browser is signed out
 * at its next click (an ajax one); a user signs out their other sessions and keeps the one they asked from.
 */
class SessionEndPageIT extends BrowserTestBase {

    @Test
    void deactivatingAnAccountSignsItOutOfAnotherBrowser() {
        WebDriver clinician = newBrowser();
        logIn(clinician, "epi.psych", DEMO_PASSWORD);
        open(clinician, "account/password.xhtml");

        logIn("admin");
        open("admin/users/edit.xhtml?username=epi.psych");
        try {
            find("actions:deactivate").click();
            confirm(browser);
            assertTrue(find("state-active").getText().contains("Inactive"));

            clinician.findElement(By.id("sessions:endOthers")).click();
            waitForUrl(clinician, "login.xhtml");
            waitForPage(clinician);
            assertTrue(clinician.getCurrentUrl().contains("ended=revoked"), clinician.getCurrentUrl());
            String notice = clinician.findElement(By.id("session-ended")).getText();
            assertTrue(notice.contains("Your session has ended"), notice);
            assertAccessible(clinician);

            open(clinician, "home.xhtml");
            assertTrue(clinician.getCurrentUrl().contains("login.xhtml"), "the old session does not come back");
        } finally {
            clickAndWaitForPage(find("actions:reactivate"));
        }
        logIn(clinician, "epi.psych", DEMO_PASSWORD);
        assertTrue(clinician.getCurrentUrl().endsWith("home.xhtml"), "reactivated, the account logs in again");
    }

    @Test
    void signingOutOtherSessionsKeepsTheOneThatAsked() {
        WebDriver laptop = newBrowser();
        logIn(laptop, "epi.neuro", DEMO_PASSWORD);
        logIn("epi.neuro");
        open("account/password.xhtml");
        guardAjax(() -> find("sessions:endOthers").click());
        assertTrue(find("sessions:sessions-messages").getText().contains("signed out"));
        saveScreenshot("identity/sessions-ended");

        open("home.xhtml");
        assertTrue(browser.getCurrentUrl().endsWith("home.xhtml"), "this session goes on");
        open(laptop, "home.xhtml");
        assertTrue(laptop.getCurrentUrl().contains("login.xhtml?ended=revoked"), laptop.getCurrentUrl());
    }
}
