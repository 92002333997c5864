package org.refract.browser.casework;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.refract.browser.BrowserTestBase;
import org.refract.it.api.ApiClient;

/**
 * The case page as clinicians use it: recording measurements, a treatment line and resistance factors, seeing them
 * in the chart and the history; a bad value refused beside its field; two people saving the same case; and a
 * clinician of another team getting "not found". Every tab passes the accessibility check.
 */
class CasePageIT extends BrowserTestBase {

    private static final LocalDate TODAY = LocalDate.now();

    @Test
    void recordMeasurementsTreatmentAndFactorsThenSeeChartAndHistory() {
        long id = createCase();
        logIn("resp.pulm");
        openCase(browser, id);
        assertTrue(
                find("case-header").getText().contains("Severe asthma"),
                find("case-header").getText());
        assertTrue(find("case-status").getText().contains("Draft"));
        saveScreenshot("case/overview-empty");

        selectTab(browser, "Measurements");
        addMeasurement("Asthma Control Test", "14", TODAY.minusMonths(4), "Before the review");
        addMeasurement("Asthma Control Test", "17", TODAY.minusMonths(1), null);
        addMeasurement("Blood eosinophil count", "340", TODAY.minusMonths(1), null);
        WebElement act = browser.findElement(By.cssSelector("section[data-instrument='act']"));
        assertEquals(2, act.findElements(By.cssSelector("tbody tr")).size());
        assertTrue(
                act.getText().contains("not well controlled") || act.getText().contains("17"), act.getText());
        WebElement canvas = act.findElement(By.tagName("canvas"));
        List<?> legend = chartLegend(canvas);
        assertTrue(legend.contains("ACT"), "legend: " + legend);
        assertAccessible(browser);

        selectTab(browser, "Treatments");
        chooseOption("case-tabs:treatment-form:therapy", "High-dose ICS–LABA");
        waitForAjax(browser);
        find("case-tabs:treatment-form:dose").sendKeys("Fluticasone/salmeterol 500/50 twice daily");
        typeDate("case-tabs:treatment-form:start_input", TODAY.minusMonths(2));
        // a date field's calendar button names its field, its hidden text too (WCAG 2.5.3: date-picker.js), after
        // the ajax update that the therapy's choice made as on a first load
        for (String field : List.of("start", "end")) {
            WebElement button = browser.findElement(
                    By.cssSelector("#case-tabs\\:treatment-form\\:" + field + " .ui-datepicker-trigger"));
            String name = "Choose Date: " + (field.equals("start") ? "Start" : "End");
            assertEquals(name, button.getAttribute("aria-label"));
            assertEquals(name, button.getAttribute("textContent"));
        }
        chooseOption("case-tabs:treatment-form:response", "Partial response");
        chooseOption("case-tabs:treatment-form:adherenceConfirmed", "Yes");
        find("case-tabs:treatment-form:adherenceMethod").sendKeys("Prescription refill records");
        chooseOption("case-tabs:treatment-form:inhalerTechniqueChecked", "Yes");
        guardAjax(() -> find("case-tabs:treatment-form:add").click());
        WebElement lines = find("treatment-lines");
        assertTrue(lines.getText().contains("High-dose ICS–LABA"), lines.getText());
        assertTrue(find("treatment-timeline").getText().contains("Partial response"));
        assertAccessible(browser);

        selectTab(browser, "Resistance factors");
        assertTrue(browser.findElement(By.cssSelector("li[data-factor='obesity']"))
                .getText()
                .contains("Not assessed"));
        assessFactor("inhaler-technique", "Excluded", "Technique checked with placebo device");
        assessFactor("rhinosinusitis", "Suspected", "Nasal symptoms, ENT referral");
        assertTrue(browser.findElement(By.cssSelector("li[data-factor='inhaler-technique']"))
                .getText()
                .contains("Excluded"));
        assertTrue(
                find("case-tabs:factor-summary").getText().startsWith("2 of"),
                find("case-tabs:factor-summary").getText());
        assertAccessible(browser);

        browser.manage().window().setSize(new Dimension(1366, 768));
        selectTab(browser, "Measurements");
        canvas = browser.findElement(By.cssSelector("section[data-instrument='act'] canvas"));
        legend = chartLegend(canvas);
        assertTrue(legend.contains("Treatment: High-dose ICS–LABA"), "treatment band in the legend: " + legend);
        ((JavascriptExecutor) browser)
                .executeScript("document.querySelector(\"section[data-instrument='act']\")"
                        + ".scrollIntoView({block: 'start'}); window.scrollBy(0, -16);");
        saveScreenshot("case/measurements");

        ((JavascriptExecutor) browser).executeScript("window.scrollTo(0, 0);");
        selectTab(browser, "Overview");
        assertTrue(find("latest-tiles").getText().contains("ACT"));
        assertTrue(find("current-therapies").getText().contains("High-dose ICS–LABA"));
        saveScreenshot("case/overview");

        WebElement submit = browser.findElement(By.cssSelector("#status-form button[data-target='READY_FOR_REVIEW']"));
        assertEquals("Submit for review", submit.getText().strip());
        submit.click();
        WebElement confirm = find("status-confirm-yes");
        waitFor(browser, d -> confirm.isDisplayed());
        assertTrue(
                find("status-confirm").getText().contains("Ready for review"),
                find("status-confirm").getText());
        assertEquals(
                "status-confirm-yes", browser.switchTo().activeElement().getAttribute("id"), "focus in the dialog");
        assertAccessible(browser);
        new Actions(browser).sendKeys(Keys.ESCAPE).perform();
        waitFor(browser, d -> !confirm.isDisplayed());
        assertEquals(
                "READY_FOR_REVIEW",
                browser.switchTo().activeElement().getAttribute("data-target"),
                "Escape closes the dialog and gives the focus back to the step");
        assertTrue(find("case-status").getText().contains("Draft"), "nothing changed");
        browser.switchTo().activeElement().sendKeys(Keys.ENTER);
        waitFor(browser, d -> confirm.isDisplayed());
        confirm.click();
        waitForNextPage(browser, confirm);
        assertTrue(
                find("case-status").getText().contains("Ready for review"),
                find("case-status").getText());
        assertTrue(find("growl").getText().contains("Ready for review"), "the confirmation kept over the redirect");

        selectTab(browser, "History");
        String history = find("history-table").getText();
        assertTrue(history.contains("Measurement ACT"), history);
        assertTrue(history.contains("Treatment High-dose ICS–LABA"), history);
        assertTrue(history.contains("Resistance factor"), history);
        assertTrue(find("view-log").getText().contains("resp.pulm"));
        saveScreenshot("case/history");

        selectTab(browser, "Treatments");
        saveScreenshot("case/treatments");
        selectTab(browser, "Resistance factors");
        ((JavascriptExecutor) browser)
                .executeScript("document.getElementById('case-tabs').scrollIntoView({block: 'start'});");
        saveScreenshot("case/factors");
    }

    @Test
    void aValueOutsideTheRangeIsRefusedBesideItsFieldAndTheNoteIsKept() {
        long id = createCase();
        logIn("resp.pulm");
        openCase(browser, id);
        selectTab(browser, "Measurements");
        chooseOption("case-tabs:measurement-form:code", "Asthma Control Test");
        waitForAjax(browser);
        find("case-tabs:measurement-form:value_input").sendKeys("30");
        find("case-tabs:measurement-form:note").sendKeys("Typed before the mistake");
        guardAjax(() -> find("case-tabs:measurement-form:add").click());

        WebElement field = find("case-tabs:measurement-form:value")
                .findElement(By.xpath("ancestor::div[contains(@class,'field')][1]"));
        assertTrue(field.getText().contains("outside the range"), field.getText());
        assertEquals(
                "Typed before the mistake",
                find("case-tabs:measurement-form:note").getAttribute("value"));
        assertEquals("30", find("case-tabs:measurement-form:value_input").getAttribute("value"), "the bad value stays");
        assertTrue(
                browser.findElements(By.cssSelector("section[data-instrument='act']"))
                        .isEmpty(),
                "nothing stored");
        saveScreenshot("case/measurement-error");
        assertAccessible(browser);
    }

    @Test
    void theSecondOfTwoSavesSeesWhoSavedFirstAndKeepsItsText() {
        long id = createCase();
        logIn("resp.pulm");
        openCase(browser, id);
        WebDriver chair = newBrowser();
        logIn(chair, "resp.chair", DEMO_PASSWORD);
        openCase(chair, id);

        // both open the summary's form (its own page) before either saves
        openSummaryForm(browser);
        openSummaryForm(chair);
        saveSummary(browser, "Uncontrolled despite high-dose ICS–LABA; adherence confirmed.");
        assertTrue(find("summary-text").getText().contains("adherence confirmed"), "back on the Overview");

        saveSummary(chair, "Chair's view: consider biologic after the FeNO result.");
        WebElement form = chair.findElement(By.id("case-tabs:description-form"));
        String conflict = form.findElement(By.className("form-alert-conflict")).getText();
        assertTrue(conflict.contains("resp.pulm"), conflict);
        assertTrue(conflict.contains("Dr Samuel Okafor"), conflict);
        assertEquals(
                "Chair's view: consider biologic after the FeNO result.",
                chair.findElement(By.id("case-tabs:description-form:summary")).getAttribute("value"));
        assertTrue(chair.getCurrentUrl().contains("edit=summary"), "the form stays open: " + chair.getCurrentUrl());
        assertAccessible(chair);

        click(chair, chair.findElement(By.cssSelector("[id='case-tabs:description-form'] .reload-case")));
        assertEquals(
                "Chair's view: consider biologic after the FeNO result.",
                chair.findElement(By.id("case-tabs:description-form:summary")).getAttribute("value"),
                "still kept after reload");
        click(chair, chair.findElement(By.id("case-tabs:description-form:save")));
        backOnTheOverview(chair);
        assertTrue(chair.findElement(By.id("summary-text")).getText().contains("Chair's view"));
        // the confirmation comes along; toasts.js takes a toast that came with the page out of the live region and
        // puts it back 0.1 s after the page has loaded (so that screen readers announce it): read it once it is back
        waitFor(
                chair,
                d -> d.findElement(By.id("growl")).getAttribute("textContent").contains("The summary was saved."));
    }

    @Test
    void eachTabIsAPageOfItsOwnReachedByKeyboardAndLinkAndTheBackButton() {
        long id = createCase();
        logIn("resp.pulm");
        openCase(browser, id);
        assertEquals("page", tabLink(browser, "Overview").getAttribute("aria-current"), "the Overview is current");
        assertNull(tabLink(browser, "History").getAttribute("aria-current"), "only the current tab is marked");
        assertTrue(browser.findElements(By.id("history-table")).isEmpty(), "History is not in the Overview's page");
        openSummaryForm(browser);
        assertTrue(browser.getTitle().contains("Edit summary"), browser.getTitle());
        assertEquals("page", tabLink(browser, "Overview").getAttribute("aria-current"), "the form is the Overview's");
        assertAccessible(browser);
        saveScreenshot("case/summary-form");
        find("case-tabs:description-form:summary").sendKeys(" Not kept.");
        find("cancel-edit").sendKeys(Keys.ENTER);
        backOnTheOverview(browser);
        assertFalse(find("summary-text").getText().contains("Not kept"), "Cancel saves nothing");

        editSummary(browser, "Edited while History is not shown.");
        assertTrue(find("summary-text").getText().contains("History is not shown"));

        tabLink(browser, "Overview").sendKeys(Keys.TAB);
        assertEquals(
                "Decision support",
                browser.switchTo().activeElement().getText().strip(),
                "Tab moves along the tab bar's links");
        WebElement history = tabLink(browser, "History");
        history.sendKeys(Keys.ENTER);
        waitForUrl(browser, "tab=history");
        waitFor(browser, d -> "page".equals(tabLink(d, "History").getAttribute("aria-current")));
        String changes = find("history-table").getText();
        assertTrue(changes.contains("Edited while History is not shown."), "shows the current record: " + changes);
        assertTrue(browser.findElements(By.id("latest-tiles")).isEmpty(), "the Overview is not in History's page");
        assertTrue(browser.getTitle().startsWith("P-") && browser.getTitle().contains("History"), browser.getTitle());
        assertTrue(find("case-header").getText().contains("Severe asthma"), "the header card is on every tab");
        assertAccessible(browser);
        saveScreenshot("case/history-tab");

        browser.navigate().back();
        waitForPage(browser);
        waitFor(browser, d -> "page".equals(tabLink(d, "Overview").getAttribute("aria-current")));
        assertTrue(find("summary-text").getText().contains("History is not shown"), "back on the Overview");

        open("cases/case.xhtml?id=" + id + "&tab=no-such-tab");
        assertEquals(
                "page", tabLink(browser, "Overview").getAttribute("aria-current"), "an unknown tab is the Overview");
        open("cases/case.xhtml?id=" + id + "&tab=factors");
        assertEquals("page", tabLink(browser, "Resistance factors").getAttribute("aria-current"), "bookmarkable");
        assertTrue(find("case-tabs:factor-summary").isDisplayed());

        open("cases/case.xhtml?id=" + id + "&tab=history");
        assertEquals(
                Boolean.FALSE,
                ((JavascriptExecutor) browser).executeScript("return typeof PrimeFaces !== 'undefined';"),
                "a read-only tab loads none of PrimeFaces' scripts");
        browser.findElement(By.cssSelector("#status-form button[data-target='READY_FOR_REVIEW']"))
                .click();
        WebElement confirm = find("status-confirm-yes");
        waitFor(browser, d -> confirm.isDisplayed());
        confirm.click();
        waitForNextPage(browser, confirm);
        assertTrue(
                find("case-status").getText().contains("Ready for review"),
                find("case-status").getText());
        assertEquals(
                "page",
                tabLink(browser, "History").getAttribute("aria-current"),
                "the workflow works on a read-only (stateless) tab and stays on it");
        assertTrue(browser.getCurrentUrl().contains("tab=history"), browser.getCurrentUrl());
        assertAccessible(browser);
    }

    @Test
    void aClinicianOfAnotherTeamGetsNotFound() {
        long id = createCase();
        logIn("neuro.neuro");
        open("cases/case.xhtml?id=" + id);
        assertTrue(findOptional("error-404").isPresent(), "the 404 page is shown");
        assertEquals(404L, status("cases/case.xhtml?id=" + id));
        assertEquals(404L, status("cases/case.xhtml?id=999999999"));
        assertEquals(404L, status("cases/case.xhtml?id=abc"));
    }

    // ---- steps

    private long createCase() {
        String json = """
                {"patient": {"birthYear": 1968, "sex": "F"},
                 "condition": "severe-asthma", "team": "respiratory", "title": "Uncontrolled on step 5",
                 "summary": "Frequent exacerbations despite maintenance therapy."}
                """;
        HttpResponse<String> response =
                ApiClient.as(portal, "resp.pulm", DEMO_PASSWORD).post("cases", json);
        assertEquals(201, response.statusCode(), response.body());
        try (var reader = Json.createReader(new StringReader(response.body()))) {
            JsonObject created = reader.readObject();
            return created.getJsonNumber("id").longValue();
        }
    }

    private void openCase(WebDriver driver, long id) {
        open(driver, "cases/case.xhtml?id=" + id);
        waitFor(driver, d -> !d.findElements(By.id("case-header")).isEmpty());
    }

    private void selectTab(WebDriver driver, String title) {
        openCaseTab(driver, title);
    }

    private static WebElement tabLink(WebDriver driver, String title) {
        return driver.findElement(By.xpath("//nav[@id='case-tab-bar']//a[normalize-space()='" + title + "']"));
    }

    private void addMeasurement(String instrument, String value, LocalDate date, String note) {
        chooseOption("case-tabs:measurement-form:code", instrument);
        waitForAjax(browser);
        WebElement input = find("case-tabs:measurement-form:value_input");
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), value);
        typeDate("case-tabs:measurement-form:date_input", date);
        if (note != null) {
            find("case-tabs:measurement-form:note").sendKeys(note);
        }
        guardAjax(() -> find("case-tabs:measurement-form:add").click());
        assertTrue(
                browser.findElements(By.cssSelector("[id='case-tabs:measurement-form'] .form-alert"))
                        .isEmpty(),
                "no refusal: " + find("case-tabs:measurement-form").getText());
    }

    private void assessFactor(String factor, String status, String evidence) {
        WebElement row = browser.findElement(By.cssSelector("li[data-factor='" + factor + "']"));
        // Centred, so that the toast of the previous save (top right) does not cover this row's button.
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'});", row);
        String menuId = row.findElement(By.cssSelector(".ui-selectonemenu")).getAttribute("id");
        chooseOption(menuId, status);
        row.findElement(By.cssSelector("input[id$=':evidence']")).sendKeys(evidence);
        guardAjax(() -> row.findElement(By.cssSelector("button[id$=':save']")).click());
    }

    /** Edits the summary as a user does: "Edit summary" opens its form (a page of its own), Save goes back. */
    private void editSummary(WebDriver driver, String summary) {
        openSummaryForm(driver);
        saveSummary(driver, summary);
    }

    private void openSummaryForm(WebDriver driver) {
        driver.findElement(By.id("edit-summary")).click();
        waitForUrl(driver, "edit=summary");
        waitFor(
                driver,
                d -> !d.findElements(By.id("case-tabs:description-form:summary"))
                        .isEmpty());
    }

    /** Types the summary and saves; a save that was made goes back to the Overview (a refused one stays). */
    private void saveSummary(WebDriver driver, String summary) {
        WebElement area = driver.findElement(By.id("case-tabs:description-form:summary"));
        area.sendKeys(Keys.chord(Keys.CONTROL, "a"), summary);
        click(driver, driver.findElement(By.id("case-tabs:description-form:save")));
        waitFor(
                driver,
                d -> !d.getCurrentUrl().contains("edit=summary")
                        || !d.findElements(By.className("form-alert")).isEmpty());
        waitForPage(driver);
    }

    private void backOnTheOverview(WebDriver driver) {
        waitFor(driver, d -> !d.getCurrentUrl().contains("edit=summary"));
        waitForPage(driver);
        waitFor(driver, d -> !d.findElements(By.id("summary-text")).isEmpty());
    }

    private void click(WebDriver driver, WebElement element) {
        element.click();
        waitForAjax(driver);
    }

    private List<?> chartLegend(WebElement canvas) {
        waitFor(
                browser,
                d -> Boolean.TRUE.equals(
                        ((JavascriptExecutor) d).executeScript("return !!Chart.getChart(arguments[0]);", canvas)));
        return (List<?>) ((JavascriptExecutor) browser)
                .executeScript(
                        "return Chart.getChart(arguments[0]).legend.legendItems.map(function (i) { return i.text; });",
                        canvas);
    }

    @Override
    protected void guardAjax(Runnable action) {
        super.guardAjax(action);
        waitForAjax(browser);
    }
}
