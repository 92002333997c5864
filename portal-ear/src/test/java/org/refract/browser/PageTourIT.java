package org.refract.browser;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Walks the main pages of each role at projector size and keeps a screenshot of each under
 * target/screenshots/tour, so that a person can look at what the build produced (every page also passes the
 * accessibility check on the way).
 */
class PageTourIT extends BrowserTestBase {

    @Test
    void clinicianPages() {
        open("login.xhtml");
        saveScreenshot("tour/login");
        logIn("resp.chair");
        assertTrue(browser.getCurrentUrl().endsWith("home.xhtml"));
        saveScreenshot("tour/clinician-home");
        open("cases/index.xhtml");
        saveScreenshot("tour/worklist");
        open("cases/new.xhtml");
        saveScreenshot("tour/new-case");
        open("admin/index.xhtml");
        saveScreenshot("tour/error-403");
        open("does-not-exist.xhtml");
        saveScreenshot("tour/error-404");
    }

    @Test
    void administratorPages() {
        logIn("admin");
        assertTrue(browser.getCurrentUrl().endsWith("admin/index.xhtml"));
        saveScreenshot("tour/admin-home");
        String[][] pages = {
            {"admin/catalogue/index.xhtml", "admin-catalogue"},
            {"admin/catalogue/condition.xhtml?code=myasthenia-gravis", "admin-condition"},
            {"admin/catalogue/instrument.xhtml?code=act", "admin-instrument-bands"},
            {"admin/catalogue/instrument.xhtml?code=mgfa-class", "admin-instrument-values"},
            {"admin/catalogue/instrument.xhtml", "admin-instrument-new"},
            {"admin/catalogue/therapy.xhtml?code=omalizumab", "admin-therapy"},
            {"admin/catalogue/factor.xhtml?code=adherence", "admin-factor"},
            {"admin/users/index.xhtml", "admin-users"},
            {"admin/teams/index.xhtml", "admin-teams"},
            {"admin/rules/index.xhtml", "admin-rules"},
            {"admin/articles/index.xhtml", "admin-articles"},
        };
        for (String[] page : pages) {
            open(page[0]);
            saveScreenshot("tour/" + page[1]);
        }
    }
}
