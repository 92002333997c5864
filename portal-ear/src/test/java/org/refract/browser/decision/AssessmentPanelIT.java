package org.refract.browser.decision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.refract.browser.BrowserTestBase;
import org.refract.browser.DemoCaseIds;

/**
 * The decision-support panel on a demo case, and an administrator's threshold change that the clinician then sees.
 */
class AssessmentPanelIT extends BrowserTestBase {

    @Test
    void theShowcaseAsthmaCaseExplainsItsAssessment() {
        long id = caseIdOf("P-1001");
        logIn("resp.pulm");
        openCasePanel(id);
        assertEquals("Criteria met", find("refractory-status").getText().trim());
        WebElement mepolizumab = option("mepolizumab");
        assertTrue(mepolizumab.getText().contains("Eligible"), mepolizumab.getText());
        assertTrue(mepolizumab.getText().contains("NICE TA671"), mepolizumab.getText());
        mepolizumab.findElement(By.tagName("summary")).click();
        assertTrue(mepolizumab.getText().contains("blood-eos 420 cells/uL"), mepolizumab.getText());
        assertTrue(mepolizumab.getText().contains("rule version"), mepolizumab.getText());
        WebElement omalizumab = option("omalizumab");
        assertTrue(omalizumab.getText().contains("Insufficient data"), omalizumab.getText());
        omalizumab.findElement(By.tagName("summary")).click();
        assertTrue(omalizumab.getText().contains("no allergen-sensitisation result recorded"), omalizumab.getText());
        assertAccessible(browser);
        saveScreenshot("decision/panel-asthma");
    }

    @Test
    void theHaemophiliaCaseListsEveryTherapyOfItsCondition() {
        long id = caseIdOf("P-3001");
        logIn("haem.haem");
        openCasePanel(id);
        assertEquals("Criteria met", find("refractory-status").getText().trim(), "a high-responding inhibitor");
        assertEquals(
                6,
                browser.findElements(By.cssSelector("#therapy-options > li")).size(),
                "every therapy of haemophilia A");
        saveScreenshot("decision/panel-haemophilia");
    }

    @Test
    void thePrimaryRefractoryLymphomaCaseOffersSecondLineCarT() {
        long id = caseIdOf("P-7001");
        logIn("lymph.haem");
        openCasePanel(id);
        assertEquals("Criteria met", find("refractory-status").getText().trim(), "SCHOLAR-1: stable disease on R-CHOP");
        WebElement axicel = option("axicabtagene-ciloleucel");
        assertTrue(axicel.getText().contains("Eligible"), axicel.getText());
        assertTrue(axicel.getText().contains("NICE TA895"), axicel.getText());
        assertTrue(option("glofitamab").getText().contains("Not eligible"), "one line so far");
        assertEquals(
                9, browser.findElements(By.cssSelector("#therapy-options > li")).size(), "every therapy of DLBCL");
        assertAccessible(browser);
        saveScreenshot("decision/panel-lymphoma");
    }

    @Test
    void cd19CarTInLupusIsLabelledInvestigational() {
        long id = caseIdOf("P-8001");
        logIn("lupus.nephro");
        openCasePanel(id);
        WebElement carT = option("cd19-car-t");
        assertTrue(carT.getText().contains("Investigational — within a clinical trial only"), carT.getText());
        assertTrue(carT.getText().contains("Eligible"), carT.getText());
        assertTrue(
                option("belimumab")
                        .findElements(By.cssSelector(".option-investigational"))
                        .isEmpty(),
                "belimumab is licensed");
        saveScreenshot("decision/panel-lupus");
    }

    @Test
    void aDueResponseReviewIsMarkedOnTheWorklistAndTheCase() {
        logIn("resp.pulm");
        open("cases/index.xhtml?q=P-1004");
        WebElement marker = browser.findElement(By.cssSelector(".review-due[data-therapy='benralizumab']"));
        assertTrue(marker.getText().contains("Review due: Benralizumab"), marker.getText());
        assertTrue(marker.findElement(By.xpath("..")).getText().contains("Response criteria met"));
        saveScreenshot("decision/worklist-review-due");
        open("cases/case.xhtml?id=" + caseIdOf("P-1004"));
        assertTrue(
                find("case-header").getText().contains("Response review of Benralizumab due since"),
                find("case-header").getText());
    }

    private void openCasePanel(long id) {
        open("cases/case.xhtml?id=" + id);
        openCaseTab(browser, "Decision support");
    }

    private WebElement option(String therapy) {
        return browser.findElement(By.cssSelector("#therapy-options li[data-therapy='" + therapy + "']"));
    }

    private long caseIdOf(String pseudonym) {
        return DemoCaseIds.of(portal, pseudonym);
    }
}
