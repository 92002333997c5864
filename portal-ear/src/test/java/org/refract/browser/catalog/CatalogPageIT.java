package org.refract.browser.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import java.io.StringReader;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.refract.browser.BrowserTestBase;
import org.refract.it.api.ApiClient;

/**
 * An administrator adds a therapy in the browser (told beside the fields what is missing, with the typed input
 * kept), edits it, and deactivates it after a confirmation; a resistance factor's editor shares the same frame; an
 * instrument is defined with its interpretation bands row by row, a wrong row named beside its field; a condition's
 * codes are checked.
 */
class CatalogPageIT extends BrowserTestBase {

    @Test
    void anAdministratorAddsEditsAndDeactivatesATherapy() {
        String code = "ui-therapy-" + (System.currentTimeMillis() % 100_000);
        logIn("admin");
        open("admin/catalogue/index.xhtml");
        assertTrue(find("therapy-table").getText().contains("Omalizumab"));
        assertTrue(find("factor-table").getText().contains("Adherence")
                || find("factor-table").getText().contains("adherence"));
        saveScreenshot("catalog/catalogue-list");
        clickAndWaitForPage(find("new-therapy"));

        find("entry:code").sendKeys(code);
        find("entry:name").sendKeys("Probe-mab");
        find("entry:therapyClass").sendKeys("Anti-IL-5 monoclonal antibody");
        clickAndWaitForPage(find("entry:save"));
        assertTrue(find("entry").getText().contains("Route: a value is required"), "required fields are checked");
        find("entry:route").sendKeys("subcutaneous");
        clickAndWaitForPage(find("entry:save"));
        String form = find("entry").getText();
        assertTrue(form.contains("Choose at least one condition"), form);
        assertEquals("Probe-mab", find("entry:name").getAttribute("value"), "typed input is kept");
        assertEquals("subcutaneous", find("entry:route").getAttribute("value"));

        browser.findElement(By.cssSelector("label[for='entry:conditions:0']")).click();
        clickAndWaitForPage(find("entry:save"));
        assertTrue(
                browser.getCurrentUrl().contains("admin/catalogue/therapy.xhtml?code=" + code),
                browser.getCurrentUrl());
        assertTrue(find("page-heading").getText().contains("Probe-mab"));
        saveScreenshot("catalog/therapy-edit");

        WebElement name = find("entry:name");
        name.clear();
        name.sendKeys("Probe-mab (renamed)");
        clickAndWaitForPage(find("entry:save"));
        assertTrue(find("page-heading").getText().contains("Probe-mab (renamed)"));

        find("state:deactivate").click();
        WebElement yes = find("confirm-form:confirm-yes");
        waitFor(browser, d -> yes.isDisplayed());
        yes.click();
        waitForNextPage(browser, yes);
        assertTrue(find("state-active").getText().contains("Deactivated"));

        open("admin/catalogue/factor.xhtml?code=adherence");
        assertTrue(find("entry:assessment").getText().length() > 0, "the factor editor loads its entry");
    }

    @Test
    void aDeactivatedFactorKeepsItsFindingButCannotBeRecordedAgain() {
        String code = "ui-factor-" + (System.currentTimeMillis() % 100_000);
        logIn("admin");
        open("admin/catalogue/factor.xhtml");
        find("entry:code").sendKeys(code);
        find("entry:name").sendKeys("Probe exposure");
        chooseOption("entry:category", "Environmental");
        find("entry:assessment").sendKeys("Ask about the probe at clinic");
        browser.findElement(By.cssSelector("label[for='entry:conditions:0']")).click();
        clickAndWaitForPage(find("entry:save"));
        assertTrue(browser.getCurrentUrl().contains("factor.xhtml?code=" + code), browser.getCurrentUrl());

        HttpResponse<String> created =
                ApiClient.as(portal, "resp.pulm", DEMO_PASSWORD).post("cases", """
                {"patient": {"birthYear": 1970, "sex": "F"}, "condition": "severe-asthma", "team": "respiratory",
                 "summary": "Catalogue probe",
                 "resistanceFactors": [{"factor": "%s", "status": "SUSPECTED", "evidence": "Reported"}]}
                """.formatted(code));
        assertEquals(201, created.statusCode(), created.body());
        long caseId;
        try (var reader = Json.createReader(new StringReader(created.body()))) {
            caseId = reader.readObject().getJsonNumber("id").longValue();
        }

        find("state:deactivate").click();
        WebElement yes = find("confirm-form:confirm-yes");
        waitFor(browser, d -> yes.isDisplayed());
        yes.click();
        waitFor(browser, d -> find("state-active").getText().contains("Deactivated"));
        assertEquals(1, Integer.parseInt(find("references").getText().replaceAll("\\D+", "")));

        HttpResponse<String> refused =
                ApiClient.as(portal, "resp.pulm", DEMO_PASSWORD).post("cases", """
                {"patient": {"birthYear": 1971, "sex": "M"}, "condition": "severe-asthma", "team": "respiratory",
                 "resistanceFactors": [{"factor": "%s", "status": "SUSPECTED", "evidence": "Reported"}]}
                """.formatted(code));
        assertEquals(400, refused.statusCode(), "a new case cannot record a deactivated factor: " + refused.body());
    }

    @Test
    void anAdministratorDefinesAnInstrumentWithBandsRowByRowAndEditsACondition() {
        String code = "ui-score-" + (System.currentTimeMillis() % 100_000);
        logIn("admin");
        open("admin/catalogue/index.xhtml");
        assertTrue(
                find("condition-table").getText().contains("Severe asthma"),
                find("condition-table").getText());
        assertTrue(find("instrument-table").getText().contains("ACT"));
        assertAccessible(browser);
        clickAndWaitForPage(find("new-instrument"));

        find("entry:code").sendKeys(code);
        find("entry:name").sendKeys("Probe symptom score");
        find("entry:shortName").sendKeys("PSS");
        find("entry:unit").sendKeys("points");
        find("entry:minValue").sendKeys("0");
        find("entry:maxValue").sendKeys("30");
        guardAjax(() -> find("entry:add-band").click());
        find("entry:band-rows:0:upper").sendKeys("10");
        find("entry:band-rows:0:label").sendKeys("Poorly controlled");
        guardAjax(() -> find("entry:add-band").click());
        assertEquals(
                "Poorly controlled",
                find("entry:band-rows:0:label").getAttribute("value"),
                "adding a row keeps what the other rows hold");
        find("entry:band-rows:1:lower").sendKeys("40");
        find("entry:band-rows:1:label").sendKeys("Controlled");
        browser.findElement(By.cssSelector("label[for='entry:conditions:0']")).click();
        clickAndWaitForPage(find("entry:save"));

        WebElement wrongBound = find("entry:band-rows:1:lower").findElement(By.xpath("ancestor::td[1]"));
        assertTrue(wrongBound.getText().contains("Outside the instrument's range"), wrongBound.getText());
        assertEquals("Probe symptom score", find("entry:name").getAttribute("value"), "typed input is kept");
        assertEquals("Controlled", find("entry:band-rows:1:label").getAttribute("value"));
        assertAccessible(browser);
        ((JavascriptExecutor) browser)
                .executeScript("document.getElementById('bands').scrollIntoView({block: 'start'});");
        saveScreenshot("catalog/instrument-band-error");

        WebElement lower = find("entry:band-rows:1:lower");
        lower.clear();
        lower.sendKeys("10");
        clickAndWaitForPage(find("entry:save"));
        assertTrue(browser.getCurrentUrl().contains("instrument.xhtml?code=" + code), browser.getCurrentUrl());
        assertEquals("Controlled", find("entry:band-rows:1:label").getAttribute("value"));
        assertTrue(find("kind-fixed").getText().contains("Number in a range"));
        assertAccessible(browser);
        saveScreenshot("catalog/instrument-edit");

        open("admin/catalogue/instrument.xhtml?code=mgfa-class");
        assertEquals("IIa", find("entry:value-rows:1:valueCode").getAttribute("value"));
        saveScreenshot("catalog/instrument-value-set");

        open("admin/catalogue/condition.xhtml?code=severe-asthma");
        WebElement icd = find("entry:icd10Code");
        icd.clear();
        icd.sendKeys("asthma");
        clickAndWaitForPage(find("entry:save"));
        WebElement field = find("entry:icd10Code").findElement(By.xpath("ancestor::div[contains(@class,'field')][1]"));
        assertTrue(field.getText().contains("An ICD-10 code looks like"), field.getText());
        assertAccessible(browser);
        saveScreenshot("catalog/condition-edit");
    }
}
