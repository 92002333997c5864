package org.refract.browser.outcomes;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.refract.browser.BrowserTestBase;
import org.refract.browser.DemoCaseIds;

/**
 * The loop closed, as the team sees it: the chair's dashboard lists the reviews due (P-1006's relapse after stopping
 * benralizumab); the Reviews tab of P-1005 shows the outcome of the switch to mepolizumab with the remission rule's
 * result, and a correction of the outcome is recorded from the form; her Overview shows the oral steroid exposure of
 * the year before mepolizumab (maintenance and four courses) beside the year since.
 */
class OutcomeReviewIT extends BrowserTestBase {

    @Test
    void theDashboardListsTheReviewsDue() {
        logIn("resp.chair");
        open("home.xhtml");
        String due = find("reviews-due").getText();
        assertTrue(due.contains("P-1006") && due.contains("Possible relapse"), due);
        saveScreenshot("home/reviews-due");
        assertAccessible(browser);
    }

    @Test
    void theOutcomeOfADecisionIsRecordedAgainstItsRecommendation() {
        long id = DemoCaseIds.of(portal, "P-1005");
        logIn("resp.pulm");
        open("cases/case.xhtml?id=" + id);
        waitFor(browser, d -> !d.findElements(By.id("case-header")).isEmpty());
        String exposure = browser.findElement(By.id("steroid-exposure")).getText();
        assertTrue(exposure.contains("2.6 g") && exposure.contains("4 courses"), "the year before: " + exposure);

        openCaseTab(browser, "Reviews");
        String outcomes = find("case-tabs:outcome-form").getText();
        assertTrue(outcomes.contains("Remission on treatment") && outcomes.contains("In remission"), outcomes);

        chooseOption(
                "case-tabs:outcome-form:recommendationId",
                "Switch therapy: Mepolizumab (" + LocalDate.now().minusMonths(15) + ")");
        chooseOption("case-tabs:outcome-form:outcome", "Remission on treatment");
        find("case-tabs:outcome-form:note").sendKeys("Confirmed at the step-down review");
        guardAjax(() -> find("case-tabs:outcome-form:record-outcome").click());
        waitForAjax(browser);
        waitFor(browser, d -> find("case-tabs:outcome-form").getText().contains("Confirmed at the step-down review"));
        saveScreenshot("case/outcomes");
        assertAccessible(browser);
    }
}
