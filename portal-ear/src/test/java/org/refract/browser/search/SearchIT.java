package org.refract.browser.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.refract.browser.BrowserTestBase;
import org.refract.it.api.ApiClient;

/**
 * The header's search box as clinicians and administrators use it: an article an administrator writes and publishes
 * in the editor is found by a clinician (and not before it is published); a clinician finds their team's case, whose
 * stored markup shows as text and runs nothing; other teams and administrators never see it.
 */
class SearchIT extends BrowserTestBase {

    private static String uniqueWord() {
        return "zq" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    @Test
    void anArticleTheAdministratorPublishesIsFoundByAClinician() {
        String word = uniqueWord();
        String slug = "search-" + word;
        logIn("admin");
        open("admin/articles/index.xhtml");
        find("new-article").click();
        waitForPage(browser);
        find("article-form:slug").sendKeys(slug);
        find("article-form:title").sendKeys("Spacer devices " + word);
        find("article-form:summary").sendKeys("When a spacer helps an inhaler work.");
        WebElement editor = browser.findElement(By.cssSelector("#article-form\\:body .ql-editor"));
        editor.click();
        editor.sendKeys("A spacer slows the aerosol so that less of the dose stays in the mouth.");
        guardAjax(() -> find("article-form:preview").click());
        waitFor(browser, d -> !d.findElements(By.id("preview-body")).isEmpty());
        guardAjax(() -> find("article-form:save").click());
        waitForAjax(browser);
        waitFor(browser, d -> !d.findElements(By.id("article-status")).isEmpty());

        WebDriver clinician = newBrowser();
        logIn(clinician, "resp.pulm", DEMO_PASSWORD);
        searchFromHeader(clinician, word);
        assertTrue(clinician.findElements(By.id("search-articles")).isEmpty(), "a draft is not found");
        assertTrue(clinician.findElement(By.id("search-empty")).isDisplayed());

        moveTo("IN_REVIEW");
        moveTo("PUBLISHED");
        assertEquals("Published", find("article-status").getText().trim());

        searchFromHeader(clinician, word + " spacer");
        WebElement result = clinician.findElement(By.cssSelector("#search-articles .search-title"));
        assertTrue(
                result.getAttribute("href").endsWith("/knowledge/article.xhtml?slug=" + slug),
                result.getAttribute("href"));
        assertEquals(
                List.of("Spacer", word),
                clinician.findElements(By.cssSelector("#search-articles .search-title mark")).stream()
                        .map(WebElement::getText)
                        .toList(),
                "the matched words are marked");
        screenshot(clinician, "search/clinician-finds-article");
        result.click();
        waitForPage(clinician);
        assertTrue(clinician.findElement(By.id("article-body")).getText().contains("A spacer slows the aerosol"));
    }

    @Test
    void aClinicianFindsTheirCaseWhoseStoredMarkupRunsNothingAndNoOneElseSeesIt() {
        String word = uniqueWord();
        String summary = "Night cough " + word + " <script>window.__xss=1</script>"
                + " <img src=x onerror=\"window.__xss=1;alert(1)\"> <svg onload=\"window.__xss=1\"></svg>";
        HttpResponse<String> created = ApiClient.as(portal, "resp.pulm", DEMO_PASSWORD)
                .post(
                        "cases",
                        Json.createObjectBuilder()
                                .add(
                                        "patient",
                                        Json.createObjectBuilder()
                                                .add("birthYear", 1970)
                                                .add("sex", "F"))
                                .add("condition", "severe-asthma")
                                .add("team", "respiratory")
                                .add("summary", summary)
                                .build()
                                .toString());
        assertEquals(201, created.statusCode(), created.body());
        long id = Json.createReader(new StringReader(created.body()))
                .readObject()
                .getJsonNumber("id")
                .longValue();

        logIn("resp.pulm");
        searchFromHeader(browser, word);
        WebElement link = browser.findElement(By.cssSelector("#search-cases .search-title"));
        assertTrue(link.getAttribute("href").endsWith("/cases/case.xhtml?id=" + id), link.getAttribute("href"));
        WebElement snippet = browser.findElement(By.cssSelector("#search-cases .search-snippet"));
        assertTrue(
                snippet.getText().contains("<script>window.__xss=1</script>"),
                "markup shows as text: " + snippet.getText());
        assertEquals(word, snippet.findElement(By.tagName("mark")).getText());
        assertThrows(NoAlertPresentException.class, () -> browser.switchTo().alert(), "no dialog fired");
        assertNull(((JavascriptExecutor) browser).executeScript("return window.__xss;"), "no payload ran");
        saveScreenshot("search/clinician-finds-case");
        assertTrue(browser.findElements(By.id("searchIndexForm:rebuild")).isEmpty(), "only administrators rebuild");
        assertTrue(
                browser.findElements(By.cssSelector("script[src*='core.js'], script[src*='jquery']"))
                        .isEmpty(),
                () ->
                        "a clinician's search builds no PrimeFaces component, so it loads neither jQuery nor PrimeFaces' core: "
                                + browser.findElements(By.tagName("script")).stream()
                                        .map(e -> e.getAttribute("src"))
                                        .toList());

        WebDriver otherTeam = newBrowser();
        logIn(otherTeam, "neuro.neuro", DEMO_PASSWORD);
        searchFromHeader(otherTeam, word);
        assertTrue(otherTeam.findElements(By.id("search-cases")).isEmpty(), "another team sees no case");

        WebDriver admin = newBrowser();
        logIn(admin, "admin", DEMO_PASSWORD);
        searchFromHeader(admin, word);
        assertTrue(admin.findElements(By.id("search-cases")).isEmpty(), "administrators see no case");
        searchFromHeader(admin, "omalizumab");
        assertTrue(admin.findElement(By.id("search-catalogue")).getText().contains("Omalizumab"));
        assertTrue(admin.findElements(By.id("searchIndexForm:rebuild")).size() == 1, "administrators can rebuild");
        screenshot(admin, "search/admin-results");
    }

    /** Types into the header's box and presses Enter, as a keyboard user does. */
    private void searchFromHeader(WebDriver driver, String query) {
        WebElement box = driver.findElement(By.id("header-search-q"));
        box.clear();
        box.sendKeys(query, Keys.ENTER);
        waitFor(driver, d -> d.getCurrentUrl().contains("search.xhtml"));
        waitForPage(driver);
        assertAccessible(driver);
    }

    private void screenshot(WebDriver driver, String name) {
        WebDriver own = browser;
        browser = driver;
        try {
            saveScreenshot(name);
        } finally {
            browser = own;
        }
    }

    private void moveTo(String status) {
        WebElement button = browser.findElement(By.cssSelector("#status-actions button[data-target='" + status + "']"));
        guardAjax(button::click);
        waitForAjax(browser);
    }
}
