package org.refract.browser.outcomes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.time.LocalDate;
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
 * beside its field and nothing typed is lost.
 */
class EventEntryIT extends BrowserTestBase {

    private static final LocalDate TODAY = LocalDate.now();

    @Test
    void recordingEventsChangesTheCountAndTheChart() {
        long id = createCase();
        logIn("resp.pulm");
        open("cases/case.xhtml?id=" + id);
        waitFor(browser, d -> !d.findElements(By.id("case-header")).isEmpty());
        selectTab(browser, "case-tabs", "Measurements");
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

    @Test
    void aRefusedDetailIsShownBesideItsFieldAndNothingTypedIsLost() {
        long id = createCase();
        logIn("resp.pulm");
        open("cases/case.xhtml?id=" + id);
        waitFor(browser, d -> !d.findElements(By.id("case-header")).isEmpty());
        selectTab(browser, "case-tabs", "Measurements");

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

    @Override
    protected void guardAjax(Runnable action) {
        super.guardAjax(action);
        waitForAjax(browser);
    }
}
