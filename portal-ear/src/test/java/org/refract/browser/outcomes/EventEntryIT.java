package org.refract.browser.outcomes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.refract.browser.BrowserTestBase;
import org.refract.it.api.ApiClient;

/**
 * A clinician records exacerbations from the case page: the event list grows, the exacerbation count becomes the
 * one derived from the events (marked as such) and the chart shows the events as marks. A refused detail is shown
 * beside its field and nothing typed is lost. Meeting mode records through the same form.
 */
class EventEntryIT extends BrowserTestBase {

    private static final LocalDate TODAY = LocalDate.now();

    @Test
    void recordingEventsChangesTheCountAndTheChart() {
        long id = createCase();
        logIn("resp.pulm");
        open("cases/case.xhtml?id=" + id);
        waitFor(browser, d -> !d.findElements(By.id("case-header")).isEmpty());
        openCaseTab(browser, "Measurements");
        assertEquals("3", latestExacerbations().getText().strip());

        recordExacerbation(TODAY.minusDays(20));
        assertEquals("1", latestExacerbations().getText().strip());
        assertTrue(find("case-tabs:event-list").getText().contains("systemic steroids"));
        assertTrue(exacerbationsPanel().getText().contains("Derived from recorded events"));

        recordExacerbation(TODAY.minusDays(5));
        assertEquals("2", latestExacerbations().getText().strip());
        assertEquals(
                2,
                find("case-tabs:event-list")
                        .findElements(By.cssSelector("tbody tr"))
                        .size());
        WebElement canvas = exacerbationsPanel().findElement(By.tagName("canvas"));
        assertEquals(2L, eventMarks(canvas), "two event marks on the chart");
        saveScreenshot("case/events");
        assertAccessible(browser);
    }

    /**
     * Meeting mode shows the case through the case page's own tabs, so the same event form records there: the chair
     * records an exacerbation while the case is presented, and the list, the derived count and the chart follow.
     */
    @Test
    void theChairRecordsAnEventInMeetingMode() {
        long id = createCase();
        String pseudonym = readyForReview(id);
        logIn("resp.chair");
        open("meetings/index.xhtml");
        find("schedule:title").sendKeys("Events in meeting mode " + id);
        find("schedule:place").sendKeys("Chest clinic seminar room");
        typeDate(
                "schedule:date_input",
                TODAY.plusDays(ThreadLocalRandom.current().nextInt(30, 3000)));
        clickAndWaitForPage(find("schedule:save"));
        guardAjax(() -> find("meeting:build").click());
        clickAndWaitForPage(browser.findElement(By.cssSelector("a[aria-label='Meeting mode: " + pseudonym + "']")));
        assertTrue(
                find("page-heading").getText().contains(pseudonym),
                find("page-heading").getText());
        selectTab(browser, "case-tabs", "Measurements");
        assertEquals("3", latestExacerbations().getText().strip());

        recordExacerbation(TODAY.minusDays(12));
        assertEquals("1", latestExacerbations().getText().strip());
        assertEquals(
                1,
                find("case-tabs:event-list")
                        .findElements(By.cssSelector("tbody tr"))
                        .size());
        assertTrue(find("case-tabs:event-list").getText().contains("entered by"), "who entered it");
        WebElement canvas = exacerbationsPanel().findElement(By.tagName("canvas"));
        assertEquals(1L, eventMarks(canvas), "the event is a mark on the chart");
        assertTrue(browser.getCurrentUrl().contains("meetings/case.xhtml"), "still in meeting mode");
        saveScreenshot("review/meeting-mode-event");
        assertAccessible(browser);
    }

    @Test
    void aRefusedDetailIsShownBesideItsFieldAndNothingTypedIsLost() {
        long id = createCase();
        logIn("resp.pulm");
        open("cases/case.xhtml?id=" + id);
        waitFor(browser, d -> !d.findElements(By.id("case-header")).isEmpty());
        openCaseTab(browser, "Measurements");

        chooseOption("case-tabs:event-form:type", "Seizures");
        waitForAjax(browser);
        find("case-tabs:event-form:count_input").sendKeys(Keys.chord(Keys.CONTROL, "a"), "0");
        find("case-tabs:event-form:note").sendKeys("Cluster after a missed dose");
        guardAjax(() -> find("case-tabs:event-form:record").click());

        assertMessageBeside("case-tabs:event-form:count", "1 to 200");
        assertEquals(
                "Cluster after a missed dose", find("case-tabs:event-form:note").getAttribute("value"));
        assertTrue(findOptional("case-tabs:event-list")
                .map(list -> list.findElements(By.cssSelector("tbody tr")).isEmpty())
                .orElse(true));
    }

    private void recordExacerbation(LocalDate on) {
        chooseOption("case-tabs:event-form:type", "Exacerbation");
        waitForAjax(browser);
        chooseOption("case-tabs:event-form:treatedWithSystemicSteroids", "Yes");
        typeDate("case-tabs:event-form:date_input", on);
        guardAjax(() -> find("case-tabs:event-form:record").click());
        waitForAjax(browser);
        assertTrue(
                browser.findElements(By.cssSelector("[id='case-tabs:event-form'] .form-alert"))
                        .isEmpty(),
                "no refusal: " + find("case-tabs:event-form").getText());
    }

    private WebElement exacerbationsPanel() {
        return browser.findElement(By.cssSelector("section[data-instrument='exacerbations-12m']"));
    }

    /** The value in the first (newest) row of the exacerbations table. */
    private WebElement latestExacerbations() {
        return exacerbationsPanel().findElement(By.cssSelector("tbody tr td:nth-child(2) strong"));
    }

    private long eventMarks(WebElement canvas) {
        waitFor(
                browser,
                d -> Boolean.TRUE.equals(
                        ((JavascriptExecutor) d).executeScript("return !!Chart.getChart(arguments[0]);", canvas)));
        Object count = ((JavascriptExecutor) browser)
                .executeScript(
                        "var sets = Chart.getChart(arguments[0]).data.datasets.filter(function (d) {"
                                + " return d.refractEvents; });"
                                + " return sets.length ? sets[0].data.length : 0;",
                        canvas);
        return ((Number) count).longValue();
    }

    private long createCase() {
        String json = """
                {"patient": {"birthYear": 1968, "sex": "F"},
                 "condition": "severe-asthma", "team": "respiratory", "title": "Exacerbations on step 5",
                 "observations": [{"code": "exacerbations-12m", "value": 3, "unit": "count", "date": "%s"}]}
                """.formatted(TODAY.minusMonths(2));
        HttpResponse<String> response =
                ApiClient.as(portal, "resp.pulm", DEMO_PASSWORD).post("cases", json);
        assertEquals(201, response.statusCode(), response.body());
        try (var reader = Json.createReader(new StringReader(response.body()))) {
            return reader.readObject().getJsonNumber("id").longValue();
        }
    }

    /** Puts the case forward for review, so that building the agenda lists it: its pseudonym. */
    private String readyForReview(long id) {
        ApiClient api = ApiClient.as(portal, "resp.pulm", DEMO_PASSWORD);
        HttpResponse<String> read = api.get("cases/" + id);
        JsonObject json;
        try (var reader = Json.createReader(new StringReader(read.body()))) {
            json = reader.readObject();
        }
        HttpResponse<String> moved = api.put(
                "cases/" + id,
                "{\"version\": " + json.getJsonNumber("version").longValue() + ", \"status\": \"READY_FOR_REVIEW\"}");
        assertEquals(200, moved.statusCode(), moved.body());
        return json.getJsonObject("patient").getString("pseudonym");
    }

    @Override
    protected void guardAjax(Runnable action) {
        super.guardAjax(action);
        waitForAjax(browser);
    }
}
