package org.refract.browser.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.refract.browser.BrowserTestBase;

/**
 * An administrator creates an account in the browser and passes on the one-time password; the new user is kept on
 * the change-password page until they have chosen their own; the administrator resets the password (a change is
 * forced again) and finally deactivates the account, which then cannot log in.
 */
class UserAdminPageIT extends BrowserTestBase {

    @Test
    void anAdministratorCreatesResetsAndDeactivatesAnAccount() {
        String username = "ui.probe" + (System.currentTimeMillis() % 100_000);
        logIn("admin");
        open("admin/users/index.xhtml");
        assertEquals(403, status("notifications/unread"), "admins have no notifications (and no clinical data)");
        assertTrue(find("users").getText().contains("resp.pulm"));
        saveScreenshot("identity/users-list");
        clickAndWaitForPage(find("new-user"));

        find("user:username").sendKeys(username);
        find("user:displayName").sendKeys("Dr Probe Physio");
        chooseOption("user:discipline", "Physiotherapist");
        browser.findElement(By.cssSelector("label[for='user:roles:0']")).click();
        clickAndWaitForPage(find("user:create"));
        String firstPassword = find("one-time-password").getText().trim();
        assertTrue(firstPassword.length() >= 12, firstPassword);
        saveScreenshot("identity/user-created");

        WebDriver user = newBrowser();
        logIn(user, username, firstPassword);
        assertTrue(user.getCurrentUrl().contains("account/password.xhtml"), user.getCurrentUrl());
        assertTrue(user.findElement(By.id("password-change-required")).isDisplayed());
        open(user, "home.xhtml");
        assertTrue(user.getCurrentUrl().contains("account/password.xhtml"), "no other page before the change");

        changePassword(user, firstPassword, "physio-own-secret-1", "physio-own-secret-2");
        assertTrue(user.findElement(By.id("password")).getText().contains("The two new passwords differ"));
        changePassword(user, firstPassword, "physio-own-secret-1", "physio-own-secret-1");
        assertTrue(user.getCurrentUrl().endsWith("home.xhtml"), user.getCurrentUrl());
        logOut(user);

        open("admin/users/index.xhtml");
        clickAndWaitForPage(browser.findElement(By.linkText("Dr Probe Physio")));
        find("actions:resetPassword").click();
        confirm(browser);
        String resetPassword = find("one-time-password").getText().trim();
        assertFalse(resetPassword.equals(firstPassword));
        assertTrue(find("state-password").isDisplayed(), "the pending change is shown");
        saveScreenshot("identity/user-reset");

        logIn(user, username, "physio-own-secret-1");
        assertTrue(user.getCurrentUrl().contains("login.xhtml"), "the old password no longer works");
        logIn(user, username, resetPassword);
        assertTrue(user.getCurrentUrl().contains("account/password.xhtml"), "a change is forced again");
        logOut(user);

        find("actions:deactivate").click();
        confirm(browser);
        assertTrue(find("state-active").getText().contains("Inactive"));
        assertTrue(find("history").getText().contains("admin"));
        logIn(user, username, resetPassword);
        assertTrue(user.getCurrentUrl().contains("login.xhtml"), "a deactivated account cannot log in");
    }

    private void changePassword(WebDriver driver, String current, String chosen, String again) {
        driver.findElement(By.id("password:currentPassword")).sendKeys(current);
        driver.findElement(By.id("password:newPassword")).sendKeys(chosen);
        driver.findElement(By.id("password:confirmation")).sendKeys(again);
        driver.findElement(By.id("password:change")).click();
        waitForPage(driver);
        assertAccessible(driver);
    }
}
