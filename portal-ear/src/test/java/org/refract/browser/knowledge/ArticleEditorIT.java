package org.refract.browser.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.refract.browser.BrowserTestBase;
import org.refract.it.api.ApiClient;
import org.refract.it.api.XssCorpus;

/**
 * An administrator writes an article in the rich-text editor, previews, saves, submits and publishes it; a clinician
 * reads it. Every stored-XSS payload, published, renders without a dialog and without running.
 */
class ArticleEditorIT extends BrowserTestBase {

    @Test
    void anAdministratorWritesPreviewsAndPublishesAndAClinicianReadsIt() {
        logIn("admin");
        open("admin/articles/index.xhtml");
        find("new-article").click();
        waitForPage(browser);
        assertAccessible(browser);
        find("article-form:slug").sendKeys("inhaler-technique-basics");
        find("article-form:title").sendKeys("Inhaler technique basics");
        find("article-form:summary").sendKeys("Why technique is checked before asthma is called severe.");
        WebElement editor = browser.findElement(By.cssSelector("#article-form\\:body .ql-editor"));
        editor.click();
        editor.sendKeys("Watch the patient use the inhaler, correct, and check again.");
        guardAjax(() -> find("article-form:preview").click());
        waitFor(browser, d -> !d.findElements(By.id("preview-body")).isEmpty());
        assertTrue(
                find("preview-body").getText().contains("Watch the patient"),
                find("preview-body").getText());
        assertAccessible(browser);
        saveScreenshot("knowledge/editor-preview");

        guardAjax(() -> find("article-form:save").click());
        waitForAjax(browser);
        waitFor(browser, d -> !d.findElements(By.id("article-status")).isEmpty());
        assertEquals("Draft", find("article-status").getText().trim());
        moveTo("IN_REVIEW");
        assertEquals("In review", find("article-status").getText().trim());
        moveTo("PUBLISHED");
        assertEquals("Published", find("article-status").getText().trim());
        assertTrue(browser.findElements(By.cssSelector("tr.revision-row")).size() >= 1);
        saveScreenshot("knowledge/editor-published");

        WebDriver clinician = newBrowser();
        logIn(clinician, "resp.nurse", DEMO_PASSWORD);
        open(clinician, "knowledge/index.xhtml");
        assertTrue(clinician.findElement(By.id("knowledge-articles")).getText().contains("Inhaler technique basics"));
        open(clinician, "knowledge/article.xhtml?slug=inhaler-technique-basics");
        assertTrue(clinician.findElement(By.id("article-body")).getText().contains("Watch the patient"));
    }

    @Test
    void storedPayloadsRenderWithoutRunning() {
        StringBuilder body = new StringBuilder("<p>Payloads follow.</p>");
        List<String> payloads = XssCorpus.payloads();
        payloads.forEach(p -> body.append("<p>next</p>").append(p));
        ApiClient admin = ApiClient.as(portal, "admin", DEMO_PASSWORD);
        HttpResponse<String> created = admin.post(
                "articles",
                Json.createObjectBuilder()
                        .add("slug", "xss-render-probe")
                        .add("title", "XSS render probe")
                        .add("summary", "Every payload of the corpus")
                        .add("body", body.toString())
                        .build()
                        .toString());
        assertEquals(201, created.statusCode(), created.body());
        long version = Json.createReader(new java.io.StringReader(created.body()))
                .readObject()
                .getJsonNumber("version")
                .longValue();
        for (String status : List.of("IN_REVIEW", "PUBLISHED")) {
            HttpResponse<String> moved = admin.post(
                    "articles/xss-render-probe/status", "{\"version\":" + version + ",\"status\":\"" + status + "\"}");
            assertEquals(200, moved.statusCode(), moved.body());
            version = Json.createReader(new java.io.StringReader(moved.body()))
                    .readObject()
                    .getJsonNumber("version")
                    .longValue();
        }

        logIn("resp.pulm");
        open("knowledge/article.xhtml?slug=xss-render-probe");
        assertTrue(find("article-body").getText().contains("Payloads follow."));
        assertThrows(NoAlertPresentException.class, () -> browser.switchTo().alert(), "no dialog fired");
        assertNull(((JavascriptExecutor) browser).executeScript("return window.__xss;"), "no payload ran");
        for (WebElement link : browser.findElements(By.cssSelector("#article-body a"))) {
            String href = link.getAttribute("href");
            assertTrue(href == null || href.startsWith("http"), "no script link survived: " + href);
        }
        saveScreenshot("knowledge/xss-render");

        logOut(browser);
        logIn("admin");
        open("admin/articles/edit.xhtml?slug=xss-render-probe");
        assertThrows(NoAlertPresentException.class, () -> browser.switchTo().alert(), "nor in the editor");
        assertNull(((JavascriptExecutor) browser).executeScript("return window.__xss;"));
    }

    private void moveTo(String status) {
        WebElement button = browser.findElement(By.cssSelector("#status-actions button[data-target='" + status + "']"));
        guardAjax(button::click);
        waitForAjax(browser);
    }
}
