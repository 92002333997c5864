package org.refract.browser.identity;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.refract.arquillian.FreshDeployment;
import org.refract.browser.BrowserTestBase;

/**
 * An administrator creates a team covering a condition, is told beside the field what is missing, adds members with
 * team roles, changes one, and removes one after a confirmation.
 */
@FreshDeployment
class TeamAdminPageIT extends BrowserTestBase {

    @Test
    void anAdministratorBuildsATeam() {
        String code = "ui-team-" + (System.currentTimeMillis() % 100_000);
        logIn("admin");
        open("admin/teams/index.xhtml");
        assertTrue(find("teams").getText().contains("Severe asthma MDT"));
        assertTrue(find("teams").getText().contains("Haemophilia A, Haemophilia B"), "conditions are listed");
        saveScreenshot("identity/teams-list");
        clickAndWaitForPage(find("new-team"));

        find("team:code").sendKeys(code);
        find("team:name").sendKeys("North asthma MDT");
        find("team:conditionFocus").sendKeys("Severe asthma, northern clinics");
        clickAndWaitForPage(find("team:create"));
        assertTrue(find("team").getText().contains("Choose at least one condition"), "message beside the field");
        assertTrue(find("team:name").getAttribute("value").equals("North asthma MDT"), "typed input is kept");
        browser.findElement(By.cssSelector("label[for='team:conditions:0']")).click();
        clickAndWaitForPage(find("team:create"));
        assertTrue(browser.getCurrentUrl().contains("admin/teams/edit.xhtml?code=" + code), browser.getCurrentUrl());

        enrol("Dr Samuel Okafor · Pulmonologist", "Member");
        enrol("Dr Helen Park · Pulmonologist", "Chair");
        enrol("Dr Samuel Okafor · Pulmonologist (Member)", "Chair");
        assertTrue(find("enrol").getText().contains("the Chair role first"), "only chairs chair a team");
        enrol("Dr Samuel Okafor · Pulmonologist (Member)", "Coordinator");
        String members = find("members:member-table").getText();
        assertTrue(members.contains("Dr Helen Park") && members.contains("Coordinator"), members);
        saveScreenshot("identity/team-edit");

        browser.findElement(By.cssSelector("button[aria-label='Remove Dr Samuel Okafor']"))
                .click();
        WebElement yes = find("confirm-form:confirm-yes");
        waitFor(browser, d -> yes.isDisplayed());
        yes.click();
        waitForNextPage(browser, yes);
        assertFalse(find("members:member-table").getText().contains("Okafor"));
    }

    private void enrol(String member, String teamRole) {
        chooseOption("enrol:teamRole", teamRole);
        waitForAjax(browser);
        chooseOption("enrol:member", member);
        waitForAjax(browser);
        clickAndWaitForPage(find("enrol:add"));
    }
}
