package org.refract.browser.decision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.refract.browser.BrowserTestBase;
import org.refract.it.api.ApiClient;

/**
 * A clinician's refractory myasthenia case: the decision-support panel lists the open trial it may fit, with each
 * registered criterion met, unmet or missing, and the assessment API carries the same trial.
 */
class TrialPanelIT extends BrowserTestBase {

    private static final String TRIAL = "NCT05828225";

    @Test
    void aMatchingTrialIsShownWithItsCriteriaInThePanelAndTheApi() {
        long id = refractoryMyasthenia();
        JsonObject assessment =
                json(ApiClient.as(portal, "neuro.neuro", DEMO_PASSWORD).get("cases/" + id + "/assessment"));
        JsonObject trial = assessment.getJsonArray("trials").getValuesAs(JsonObject.class).stream()
                .filter(t -> t.getString("registryId").equals(TRIAL))
                .findFirst()
                .orElseThrow(() -> new AssertionError(assessment.toString()));
        assertEquals("ELIGIBLE", trial.getString("result"));
        assertEquals("RECRUITING", trial.getString("status"));
        assertEquals("1", trial.getString("version"));
        assertTrue(trial.getJsonArray("criteria").size() >= 6);

        logIn("neuro.neuro");
        open("cases/case.xhtml?id=" + id);
        openCaseTab(browser, "Decision support");
        WebElement item = browser.findElement(By.cssSelector("#trial-matches li[data-trial='" + TRIAL + "']"));
        assertTrue(item.getText().contains("May fit"), item.getText());
        assertTrue(item.getText().contains("Recruiting"), item.getText());
        item.findElement(By.tagName("summary")).click();
        assertTrue(item.getText().contains("QMG above 11"), item.getText());
        assertTrue(item.getText().contains("qmg 16"), item.getText());
        assertEquals(
                "https://clinicaltrials.gov/study/" + TRIAL,
                item.findElement(By.cssSelector(".trial-link a")).getAttribute("href"));
        assertTrue(
                browser.findElements(By.cssSelector("#trial-matches li[data-trial='NCT04408638']"))
                        .isEmpty(),
                "a lymphoma trial (and a closed one) is not offered");
        assertAccessible(browser);
        ((org.openqa.selenium.JavascriptExecutor) browser)
                .executeScript("document.getElementById('trials-heading').scrollIntoView();");
        saveScreenshot("decision/panel-trials");
    }

    private long refractoryMyasthenia() {
        String date = LocalDate.now().minusDays(7).toString();
        String start = LocalDate.now().minusYears(3).toString();
        String end = LocalDate.now().minusYears(2).toString();
        String body = """
                {"patient": {"birthYear": 1979, "sex": "F"}, "condition": "myasthenia-gravis", "team": "neuromuscular",
                 "summary": "AChR-positive, worse despite azathioprine",
                 "observations": [{"code": "achr-ab", "value": 1, "date": "%1$s"},
                                  {"code": "mgfa-class", "value": "IIIa", "date": "%1$s"},
                                  {"code": "mg-adl", "value": 9, "date": "%1$s"},
                                  {"code": "qmg", "value": 16, "date": "%1$s"}],
                 "treatmentLines": [{"therapy": "azathioprine", "start": "%2$s", "end": "%3$s", "response": "NONE",
                                     "adherenceConfirmed": true, "adequateTrial": true, "reasonStopped": "No response"}]}
                """.formatted(date, start, end);
        HttpResponse<String> response =
                ApiClient.as(portal, "neuro.neuro", DEMO_PASSWORD).post("cases", body);
        assertEquals(201, response.statusCode(), response.body());
        return json(response).getJsonNumber("id").longValue();
    }

    private static JsonObject json(HttpResponse<String> response) {
        assertEquals(true, response.statusCode() < 300, response.body());
        try (var reader = Json.createReader(new StringReader(response.body()))) {
            return reader.readObject();
        }
    }
}
