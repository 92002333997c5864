package org.refract.browser.decision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.refract.browser.BrowserTestBase;
import org.refract.it.api.ApiClient;

/**
 * An administrator raises mepolizumab's eosinophil threshold in the rule editor, previews it on a vignette, is
 * asked for a change note, saves; a clinician in another browser then sees the new result on a case. The threshold
 * is set back at the end (other tests rely on the seeded rule).
 */
class RuleEditorIT extends BrowserTestBase {

    private static final String EDIT = "admin/rules/edit.xhtml?code=eligibility:mepolizumab";

    @Test
    void anAdministratorsThresholdChangeReachesTheClinician() {
        long caseId = eosinophils350Case();
        WebDriver clinician = newBrowser();
        logIn(clinician, "resp.pulm", DEMO_PASSWORD);
        assertEquals("Eligible", mepolizumabStatus(clinician, caseId));

        logIn("admin");
        open("admin/rules/index.xhtml");
        assertTrue(browser.findElement(By.cssSelector("tr[data-rule='eligibility:mepolizumab']"))
                .getText()
                .contains("NICE TA671"));
        saveScreenshot("decision/rules-list");
        open(EDIT);
        boolean saved = false;
        try {
            setThresholds("300", "360");
            chooseOption("rule-form:vignette", "Eosinophils exactly 300 with 4 exacerbations");
            waitForAjax(browser);
            guardAjax(() -> find("rule-form:preview").click());
            waitForAjax(browser);
            assertTrue(
                    findOptional("preview-before").isPresent(),
                    () -> "no preview: "
                            + find("messages").getText() + " | "
                            + browser.findElements(By.cssSelector(".ui-message-error")).stream()
                                    .map(e -> e.getAttribute("id") + ": " + e.getText())
                                    .toList());
            assertEquals("Eligible", find("preview-before").getText().trim());
            assertEquals("Not eligible", find("preview-after").getText().trim());
            assertAccessible(browser);
            ((JavascriptExecutor) browser)
                    .executeScript("document.getElementById('preview-heading').scrollIntoView();");
            saveScreenshot("decision/rule-editor-preview");

            guardAjax(() -> find("rule-form:save").click());
            waitForAjax(browser);
            assertTrue(
                    find("rule-form").getText().contains("Say what changed and why"),
                    "the change note is asked for beside its field");
            assertTrue(
                    browser.findElements(By.cssSelector("input[value='360.00'], input[value='360']"))
                                    .size()
                            >= 2,
                    "the edited thresholds are kept");
            save("Local policy for the demo: eosinophils at least 360");
            saved = true;
            assertTrue(find("history").getText().contains("Local policy for the demo"));

            assertEquals("Not eligible", mepolizumabStatus(clinician, caseId), "350 is now below the threshold");
        } finally {
            if (saved) {
                open(EDIT);
                setThresholds("360", "300");
                save("Back to NICE TA671");
            }
        }
        assertEquals("Eligible", mepolizumabStatus(clinician, caseId));
    }

    private void setThresholds(String from, String to) {
        List<WebElement> inputs =
                browser.findElements(By.cssSelector("fieldset[data-kind='MEASURE'] input[id$=':threshold_input']"));
        int changed = 0;
        for (WebElement input : inputs) {
            if (input.getAttribute("value").replace(".00", "").equals(from)) {
                ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'});", input);
                input.sendKeys(Keys.chord(Keys.CONTROL, "a"), to);
                input.sendKeys(Keys.TAB);
                changed++;
            }
        }
        assertEquals(2, changed, "two branches of TA671 use 300 cells/uL");
    }

    private void save(String note) {
        WebElement area = find("rule-form:changeNote");
        area.sendKeys(Keys.chord(Keys.CONTROL, "a"), note);
        guardAjax(() -> find("rule-form:save").click());
        waitForAjax(browser);
        waitFor(browser, d -> find("history").getText().contains(note));
    }

    private String mepolizumabStatus(WebDriver driver, long caseId) {
        open(driver, "cases/case.xhtml?id=" + caseId);
        selectTab(driver, "case-tabs", "Decision support");
        return driver.findElement(By.cssSelector("#therapy-options li[data-therapy='mepolizumab'] .option-status"))
                .getText()
                .trim();
    }

    private long eosinophils350Case() {
        String date = LocalDate.now().minusDays(10).toString();
        String json = """
                {"patient": {"birthYear": 1975, "sex": "M"}, "condition": "severe-asthma", "team": "respiratory",
                 "summary": "Eosinophils 350, five exacerbations",
                 "observations": [{"code": "blood-eos", "value": 350, "unit": "cells/uL", "date": "%1$s"},
                                  {"code": "exacerbations-12m", "value": 5, "unit": "count", "date": "%1$s"}],
                 "treatmentLines": [{"therapy": "high-dose-ics-laba", "start": "2024-01-01", "end": null,
                                     "dose": "500/50", "response": "NONE", "adherenceConfirmed": true,
                                     "adequateTrial": true, "reasonStopped": null}],
                 "resistanceFactors": [{"factor": "inhaler-technique", "status": "EXCLUDED", "evidence": "Checked"}]}
                """.formatted(date);
        HttpResponse<String> response =
                ApiClient.as(portal, "resp.pulm", DEMO_PASSWORD).post("cases", json);
        assertEquals(201, response.statusCode(), response.body());
        try (var reader = Json.createReader(new StringReader(response.body()))) {
            return reader.readObject().getJsonNumber("id").longValue();
        }
    }
}
