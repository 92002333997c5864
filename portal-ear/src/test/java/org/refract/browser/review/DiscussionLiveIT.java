package org.refract.browser.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.refract.browser.BrowserTestBase;
import org.refract.it.api.ApiClient;

/**
 * Two members discuss a case from two browsers: a comment posted in the second appears in the first within seconds,
 * without a reload (the page keeps a marker set before the post); a mention completes on "@", lights the bell and
 * lands on the notifications page and the dashboard; a reply nests under its comment; markup in a comment stays text.
 */
class DiscussionLiveIT extends BrowserTestBase {

    private static final String THREAD = "case-tabs:discussion-form:discussion-thread";
    private static final String BODY = "case-tabs:discussion-form:discussion-body";
    private static final String POST = "case-tabs:discussion-form:discussion-post";

    @Test
    void aCommentFromASecondSessionAppearsWithoutReload() {
        long caseId = createCase();
        logIn("resp.pulm");
        open("cases/case.xhtml?id=" + caseId + "&tab=discussion");
        waitFor(browser, d -> d.findElement(By.id(THREAD)).isDisplayed());
        assertTrue(
                find(THREAD).getText().contains("No comments yet"), find(THREAD).getText());
        ((JavascriptExecutor) browser).executeScript("window.refractNoReload = true;");
        long unreadBefore = unread(browser);

        WebDriver other = newBrowser();
        logIn(other, "resp.pharm", DEMO_PASSWORD);
        open(other, "cases/case.xhtml?id=" + caseId);
        openCaseTab(other, "Discussion");
        String text =
                "Refill records are regular " + ThreadLocalRandom.current().nextInt(1000, 9999);
        WebElement body = other.findElement(By.id(BODY));
        body.sendKeys("@resp.pu");
        waitFor(
                other,
                d -> d.findElements(By.cssSelector(".ui-autocomplete-panel li")).stream()
                        .anyMatch(li -> li.isDisplayed() && li.getText().contains("@resp.pulm")));
        other.findElements(By.cssSelector(".ui-autocomplete-panel li")).stream()
                .filter(li -> li.getText().contains("@resp.pulm"))
                .findFirst()
                .orElseThrow()
                .click();
        waitFor(other, d -> d.findElement(By.id(BODY)).getAttribute("value").startsWith("@resp.pulm"));
        other.findElement(By.id(BODY)).sendKeys(" " + text + " <b>not bold</b>");
        other.findElement(By.id(POST)).click();
        waitForAjax(other);
        waitFor(other, d -> d.findElement(By.id(THREAD)).getText().contains(text));
        assertAccessible(other);

        waitFor(browser, d -> d.findElement(By.id(THREAD)).getText().contains(text));
        assertEquals(
                Boolean.TRUE,
                ((JavascriptExecutor) browser).executeScript("return window.refractNoReload;"),
                "the comment arrived without a reload");
        WebElement mention = browser.findElement(By.cssSelector("[id='" + THREAD + "'] .mention"));
        assertEquals("@resp.pulm", mention.getText());
        assertTrue(find(THREAD).getText().contains("<b>not bold</b>"), "markup is shown as text");
        assertTrue(
                browser.findElements(By.cssSelector("[id='" + THREAD + "'] b")).isEmpty());
        assertTrue(
                browser.findElements(By.cssSelector("[id='" + THREAD + "'] .comment-mentions-me"))
                                .size()
                        == 1,
                "the comment that mentions me is marked");
        waitForAjax(browser);
        assertAccessible(browser);

        // The bell follows too (bell.js asks every 30 s; here it is asked at once).
        ((JavascriptExecutor) browser).executeScript("return RefractBell.refresh();");
        assertEquals(unreadBefore + 1, unread(browser), "the mention lights the bell without a reload");
        assertEquals(
                String.valueOf(unreadBefore + 1), find("notifications-count").getText());
        assertTrue(find("notifications-bell").getAttribute("class").contains("bell-unread"));
        assertEquals(Boolean.TRUE, ((JavascriptExecutor) browser).executeScript("return window.refractNoReload;"));
        // After 15 idle minutes (the layout's idle monitor) the polls stop, so an unattended screen lets its session
        // expire; the next use starts them again.
        assertEquals(
                Boolean.FALSE,
                ((JavascriptExecutor) browser)
                        .executeScript("RefractIdle.idle(); return PF('discussionPoll').active;"));
        assertEquals(
                Boolean.TRUE,
                ((JavascriptExecutor) browser)
                        .executeScript("RefractIdle.active(); return PF('discussionPoll').active;"));
        waitForAjax(browser);

        guardAjax(() -> browser.findElement(By.cssSelector("[id='" + THREAD + "'] .comment-reply-link"))
                .click());
        assertTrue(find("discussion-replying").getText().contains("Replying to"));
        find(BODY).sendKeys("Thanks, then let us start mepolizumab.");
        guardAjax(() -> find(POST).click());
        waitFor(
                browser,
                d -> d.findElements(By.cssSelector("[id='" + THREAD + "'] .comment-replies li"))
                                .size()
                        == 1);
        waitForAjax(browser);
        saveScreenshot("tour/discussion");
        waitFor(other, d -> d.findElement(By.id(THREAD)).getText().contains("let us start mepolizumab"));

        open("home.xhtml");
        assertTrue(
                find("notifications-bell").getAttribute("aria-label").matches("Notifications, [1-9]\\d* unread"),
                find("notifications-bell").getAttribute("aria-label"));
        assertTrue(
                find("recent-mentions").getText().contains(text.substring(0, 20)),
                find("recent-mentions").getText());
        saveScreenshot("tour/home-dashboard");
        clickAndWaitForPage(find("notifications-bell"));
        assertTrue(
                find("notification-list").getText().contains("mentioned you on"),
                find("notification-list").getText());
        saveScreenshot("tour/notifications");
        clickAndWaitForPage(browser.findElement(By.cssSelector("#notification-list .notification-unread a")));
        assertTrue(browser.getCurrentUrl().contains("case.xhtml?id=" + caseId), browser.getCurrentUrl());
        waitFor(browser, d -> d.findElement(By.id(THREAD)).isDisplayed());
    }

    @Test
    void theDashboardListsMyOpenActionsAndMarksThemDone() {
        logIn("resp.nurse");
        open("home.xhtml");
        WebElement actions = find("open-actions");
        assertTrue(actions.getText().contains("Teach home administration"), actions.getText());
        assertTrue(
                find("upcoming-meetings").getText().contains("MDT"),
                find("upcoming-meetings").getText());
        assertTrue(
                find("notifications-bell").getAttribute("aria-label").matches("Notifications, [1-9]\\d* unread"),
                "the demo sign-off told the nurse of her action");
        saveScreenshot("tour/home-actions");
        WebElement done = browser.findElement(By.cssSelector("button[aria-label^='Done: Teach home administration']"));
        guardAjax(done::click);
        waitForAjax(browser);
        assertTrue(
                browser.findElements(By.cssSelector("button[aria-label^='Done: Teach home administration']"))
                        .isEmpty(),
                "the action is done");
        assertTrue(browser.getPageSource().contains("Marked done: Teach home administration"));
        assertAccessible(browser);
        open("home.xhtml");
        assertTrue(!find("actions-form").getText().contains("Teach home administration"), "still done after reload");
    }

    /** The unread count as the bell tells it to a screen reader ("Notifications, 3 unread"). */
    private static long unread(WebDriver driver) {
        String label = driver.findElement(By.id("notifications-bell")).getAttribute("aria-label");
        java.util.regex.Matcher count =
                java.util.regex.Pattern.compile("Notifications, (\\d+) unread").matcher(label);
        assertTrue(count.matches(), label);
        return Long.parseLong(count.group(1));
    }

    private long createCase() {
        HttpResponse<String> response =
                ApiClient.as(portal, "resp.pulm", DEMO_PASSWORD).post("cases", """
                {"patient": {"birthYear": 1966, "sex": "F"}, "condition": "severe-asthma", "team": "respiratory",
                 "title": "Discussed live", "summary": "Exacerbations on step 5."}""");
        assertEquals(201, response.statusCode(), response.body());
        try (var reader = Json.createReader(new StringReader(response.body()))) {
            return reader.readObject().getJsonNumber("id").longValue();
        }
    }
}
