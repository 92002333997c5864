package org.refract.browser.decision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.refract.browser.BrowserTestBase;

/**
 * An administrator registers a trial, then builds its eligibility in the rule editor without JSON: turns the first
 * criterion into an all-of group by changing its kind, adds an any-of group by keyboard, puts two antibody tests in
 * it by mouse (instruments picked by name), previews the current version and the draft on every myasthenia vignette
 * at once — the vignettes whose result changes are marked — and saves version 2 with a change note.
 */
class RuleEditorIT extends BrowserTestBase {

    private static final AtomicLong NUMBER = new AtomicLong(80_000_000 + System.currentTimeMillis() % 1_000_000);

    @Test
    void anAdministratorBuildsANestedRulePreviewsItOnEveryVignetteAndSavesIt() {
        logIn("admin");
        String registryId = registerTrial();

        find("edit-eligibility").click();
        waitForPage(browser);
        assertTrue(find("page-heading").getText().contains("Browser-built eligibility"));
        List<WebElement> rows = criteria();
        assertEquals(1, rows.size(), "a new trial starts with one criterion");
        assertEquals("AGE", rows.get(0).getAttribute("data-kind"));

        // The age criterion becomes the first part of an all-of group (mouse).
        chooseOption("rule-form:criteria:0:newKind", "All of");
        guardAjax(() -> find("rule-form:criteria:0:changeKind").click());
        waitForAjax(browser);
        assertEquals(List.of("ALL", "AGE"), kinds());

        // An any-of group under it, by keyboard only: arrow keys in the kind menu, Enter on the button.
        WebElement addKind = find("rule-form:criteria:0:addKind_label");
        addKind.sendKeys(Keys.ARROW_UP);
        addKind.sendKeys(Keys.ARROW_UP);
        waitForAjax(browser);
        assertEquals("Any of", selectedLabel("rule-form:criteria:0:addKind"));
        guardAjax(() -> find("rule-form:criteria:0:add").sendKeys(Keys.ENTER));
        waitForAjax(browser);
        assertEquals(List.of("ALL", "AGE", "ANY"), kinds());
        assertEquals(
                "rule-form:criteria:2:label",
                ((JavascriptExecutor) browser).executeScript("return document.activeElement.id;"),
                "focus moves to the new group");

        // Two antibody tests in the any-of group, instruments chosen by their catalogue names (mouse).
        addTest(2, "Acetylcholine receptor antibodies", "AChR antibody positive");
        addTest(2, "Muscle-specific kinase antibodies", "MuSK antibody positive");
        assertEquals(List.of("ALL", "AGE", "ANY", "TEST", "TEST"), kinds());
        assertEquals(
                List.of("0", "1", "1", "2", "2"),
                criteria().stream().map(r -> depthOf(r.getAttribute("class"))).toList());
        assertFalse(find("rule-form").getText().contains("achr-ab"), "names, not codes");
        assertAccessible(browser);
        saveScreenshot("decision/rule-editor-tree");

        guardAjax(() -> find("rule-form:preview").click());
        waitForAjax(browser);
        List<WebElement> previews = browser.findElements(By.cssSelector("tr.preview-row"));
        assertTrue(previews.size() >= 4, "every myasthenia vignette: " + previews.size());
        WebElement untested = browser.findElement(By.cssSelector("tr.preview-row[data-vignette='mg-no-serology']"));
        assertEquals(
                "Eligible",
                untested.findElement(By.cssSelector(".preview-before"))
                        .getText()
                        .trim());
        assertEquals(
                "Insufficient data",
                untested.findElement(By.cssSelector(".preview-after")).getText().trim());
        assertTrue(untested.getAttribute("class").contains("preview-changed"));
        assertTrue(untested.getText().contains("Result changes"));
        WebElement musk = browser.findElement(By.cssSelector("tr.preview-row[data-vignette='mg-musk-refractory']"));
        assertEquals(
                "Eligible",
                musk.findElement(By.cssSelector(".preview-after")).getText().trim());
        assertTrue(find("preview-summary").getText().contains("changes the result of"));
        untested.findElement(By.tagName("summary")).click();
        assertTrue(
                untested.findElements(By.cssSelector(".line-changed")).stream()
                        .anyMatch(line -> line.getText().contains("AChR antibody positive")),
                "the new criterion is marked in the explanation");
        assertAccessible(browser);
        ((JavascriptExecutor) browser).executeScript("document.getElementById('preview-heading').scrollIntoView();");
        saveScreenshot("decision/rule-editor-preview");

        guardAjax(() -> find("rule-form:save").click());
        waitForAjax(browser);
        assertMessageBeside("rule-form:changeNote", "Say what changed and why");
        assertEquals(5, criteria().size(), "the tree is kept when a save is refused");
        find("rule-form:changeNote").sendKeys("Antibody-positive only, as registered");
        guardAjax(() -> find("rule-form:save").click());
        waitFor(browser, d -> find("history").getText().contains("Antibody-positive only, as registered"));
        assertTrue(browser.findElement(By.cssSelector("p.lead")).getText().contains("current version 2"));
        assertEquals(List.of("ALL", "AGE", "ANY", "TEST", "TEST"), kinds(), "the saved tree is shown again");

        open("admin/trials/index.xhtml");
        String row = browser.findElement(By.cssSelector("tr[data-trial='" + registryId + "']"))
                .getText();
        saveScreenshot("decision/trials");
        assertTrue(row.contains("v2"), row);
        assertTrue(
                row.contains("Myasthenia gravis") && !row.contains("myasthenia-gravis"),
                "the condition's name: " + row);
    }

    /** Registers a myasthenia trial through the form (a wrong identifier first) and returns its identifier. */
    private String registerTrial() {
        open("admin/trials/index.xhtml");
        assertAccessible(browser);
        clickAndWaitForPage(find("new-trial"));
        find("trial:registryId").sendKeys("NCT123");
        find("trial:title").sendKeys("Browser-built eligibility");
        chooseOption("trial:condition", "Myasthenia gravis");
        guardAjax(() -> find("trial:save").click());
        assertMessageBeside("trial:registryId", "NCT and 8 digits");
        assertEquals("Browser-built eligibility", find("trial:title").getAttribute("value"), "nothing typed is lost");
        String registryId = "NCT" + NUMBER.incrementAndGet();
        WebElement id = find("trial:registryId");
        id.sendKeys(Keys.chord(Keys.CONTROL, "a"), registryId);
        find("trial:save").click();
        waitForUrl(browser, "id=" + registryId);
        assertTrue(find("eligibility").getText().contains("trial:" + registryId));
        assertAccessible(browser);
        saveScreenshot("decision/trial-edit");
        return registryId;
    }

    private void addTest(int groupRow, String instrument, String wording) {
        chooseOption("rule-form:criteria:" + groupRow + ":addKind", "Test result");
        guardAjax(() -> find("rule-form:criteria:" + groupRow + ":add").click());
        waitForAjax(browser);
        int row = criteria().size() - 1;
        assertEquals("TEST", criteria().get(row).getAttribute("data-kind"));
        chooseOption("rule-form:criteria:" + row + ":code", instrument);
        find("rule-form:criteria:" + row + ":label").sendKeys(wording);
    }

    private List<WebElement> criteria() {
        return browser.findElements(By.cssSelector("fieldset.criterion-editor"));
    }

    private List<String> kinds() {
        return criteria().stream().map(r -> r.getAttribute("data-kind")).toList();
    }

    private static String depthOf(String classes) {
        return classes.replaceAll(".*depth-(\\d+).*", "$1");
    }
}
