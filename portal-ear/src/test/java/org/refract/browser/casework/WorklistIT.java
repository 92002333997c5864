package org.refract.browser.casework;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.refract.browser.BrowserTestBase;
import org.refract.it.api.ApiClient;

/**
 * The worklist and the new-case form as a clinician uses them: cases created through the form appear in the
 * worklist, which filters, counts and sorts them in the database; bad input is answered next to the field; other
 * teams and administrators see nothing of it. Every test makes its own cases, found again by a unique word.
 */
class WorklistIT extends BrowserTestBase {

    private static final Pattern CASE_ID = Pattern.compile("case\\.xhtml\\?id=(\\d+)");

    @Test
    void createdCasesAppearAndAreFilteredCountedAndSorted() {
        String word = uniqueWord();
        logIn("resp.pulm");
        String first = uniquePseudonym();
        String second = uniquePseudonym();
        long firstId = createCase(first, 1968, "Female", "Poor control " + word);
        createCase(second, 1975, "Male", "Exacerbations " + word);

        open("cases/index.xhtml");
        assertEquals("page", find("nav-cases").getAttribute("aria-current"), "Cases is the current navigation item");
        find("q").sendKeys(word, Keys.ENTER);
        waitForUrl(browser, "q=" + word);
        waitForPage(browser);
        assertAccessible(browser);
        assertEquals(List.of(second, first), pseudonyms(), "newest first, only the matching cases");
        assertEquals("2", chipCount("DRAFT"));
        assertEquals("0", chipCount("IN_REVIEW"));
        assertTrue(find("cases-report").getText().contains("1–2 of 2"), "the count is shown");
        assertEquals("descending", columnHeader("Last update").getAttribute("aria-sort"));
        saveScreenshot("casework/worklist-filtered");

        // Sorting happens in the database: by pseudonym ascending, then descending, keeping the filter.
        List<String> ascending = first.compareTo(second) < 0 ? List.of(first, second) : List.of(second, first);
        columnTitle("Patient").click();
        waitForUrl(browser, "sort=patient&dir=asc");
        waitForPage(browser);
        assertEquals(ascending, pseudonyms());
        assertEquals("ascending", columnHeader("Patient").getAttribute("aria-sort"));
        assertEquals("none", columnHeader("Last update").getAttribute("aria-sort"));
        columnTitle("Patient").click();
        waitForUrl(browser, "sort=patient&dir=desc");
        waitForPage(browser);
        assertAccessible(browser);
        assertEquals(List.of(ascending.get(1), ascending.get(0)), pseudonyms());
        assertEquals(word, find("q").getAttribute("value"), "the filter stays");

        // The filters of the header row, chosen by keyboard and applied with the Filter button.
        find("status").sendKeys("Draft");
        find("apply-filters").click();
        waitForUrl(browser, "status=DRAFT");
        waitForPage(browser);
        assertEquals(List.of(ascending.get(1), ascending.get(0)), pseudonyms(), "the sort stays");
        assertEquals("DRAFT", find("status").getAttribute("value"), "the chosen status stays chosen");
        assertEquals("", find("condition").getAttribute("value"), "the other filters stay at any");
        assertEquals(word, find("q").getAttribute("value"), "the search stays");

        // One case moves on; the status chips count it and filter by it, keeping the search.
        moveToReadyForReview(firstId);
        open("cases/index.xhtml?q=" + word);
        assertEquals("1", chipCount("READY_FOR_REVIEW"));
        assertEquals("1", chipCount("DRAFT"));
        clickAndWaitForPage(chip("READY_FOR_REVIEW"));
        assertTrue(browser.getCurrentUrl().contains("status=READY_FOR_REVIEW"), browser.getCurrentUrl());
        assertEquals(List.of(first), pseudonyms());
        assertEquals("true", chip("READY_FOR_REVIEW").getAttribute("aria-current"));
        WebElement statusCell = browser.findElement(By.cssSelector("tr.worklist-row .chip"));
        assertEquals("Ready for review", statusCell.getText().strip(), "status as text, not colour alone");

        // A status without such cases: the empty state offers to reset the filters.
        clickAndWaitForPage(chip("IN_REVIEW"));
        assertTrue(pseudonyms().isEmpty());
        assertTrue(find("cases-empty").getText().contains("No cases match these filters"));
        saveScreenshot("casework/worklist-empty");
        clickAndWaitForPage(find("reset-filters"));
        assertFalse(browser.getCurrentUrl().contains("status="), "the reset worklist has no filters");
        assertTrue(pseudonyms().containsAll(List.of(first, second)));

        // A row opens its case, by its link.
        WebElement link = browser.findElement(By.linkText(first));
        assertTrue(link.getAttribute("href").contains("cases/case.xhtml?id=" + firstId), link.getAttribute("href"));
    }

    @Test
    void theWorklistFitsBesideTheNavigationAt1280Pixels() {
        // A demo case with a response review due (P-1004) carries the widest cells (two chips and a line of text),
        // and the selects list long condition and status names: at 1,280 px the table ran under the right edge and
        // the page scrolled sideways.
        browser.manage().window().setSize(new Dimension(1280, 900));
        logIn("resp.pulm");
        open("cases/index.xhtml?q=benralizumab");
        waitForPage(browser);
        assertFalse(
                browser.findElements(By.cssSelector("#cases .review-due")).isEmpty(), "a review-due chip is listed");
        @SuppressWarnings("unchecked")
        List<Number> widths = (List<Number>) ((JavascriptExecutor) browser)
                .executeScript("const main = document.querySelector('.content');"
                        + "const style = getComputedStyle(main);"
                        + "return [document.documentElement.scrollWidth, window.innerWidth,"
                        + " Math.ceil(document.getElementById('cases').getBoundingClientRect().right),"
                        + " Math.floor(main.getBoundingClientRect().right - parseFloat(style.paddingRight))];");
        saveScreenshot("casework/worklist-1280");
        assertTrue(
                widths.get(0).doubleValue() <= widths.get(1).doubleValue(),
                "the page does not scroll sideways: " + widths);
        assertTrue(
                widths.get(2).doubleValue() <= widths.get(3).doubleValue(),
                "the table ends inside the main column: " + widths);
        assertAccessible(browser);
    }

    @Test
    void theHomePageListsMyRecentCases() {
        String word = uniqueWord();
        logIn("resp.pulm");
        String pseudonym = uniquePseudonym();
        long id = createCase(pseudonym, 1980, "Female", "Home list " + word);
        open("home.xhtml");
        WebElement myCases = find("my-cases");
        assertTrue(myCases.getText().contains(pseudonym), myCases.getText());
        saveScreenshot("casework/home-my-cases");
        assertTrue(myCases.findElement(By.partialLinkText(pseudonym))
                .getAttribute("href")
                .contains("id=" + id));
    }

    @Test
    void badInputIsShownNextToTheFieldsAndNothingTypedIsLost() {
        logIn("resp.pulm");
        open("cases/new.xhtml");
        String pseudonym = uniquePseudonym();
        find("newCase:pseudonym").sendKeys(pseudonym);
        find("newCase:birthYear_input").sendKeys("1800");
        find("newCase:title").sendKeys("Kept title");
        find("newCase:summary").sendKeys("Kept summary text.");
        clickAndWaitForPage(find("newCase:save"));

        assertTrue(browser.getCurrentUrl().contains("cases/new.xhtml"), "the form stays");
        saveScreenshot("casework/new-case-refused");
        assertTrue(fieldMessage("birthYear").contains("1900"), fieldMessage("birthYear"));
        assertTrue(fieldMessage("sex").contains("required"), fieldMessage("sex"));
        assertEquals(pseudonym, find("newCase:pseudonym").getAttribute("value"));
        assertEquals("1800", find("newCase:birthYear_input").getAttribute("value"));
        assertEquals("Kept title", find("newCase:title").getAttribute("value"));
        assertEquals("Kept summary text.", find("newCase:summary").getAttribute("value"));
    }

    @Test
    void serviceRefusalsAppearNextToTheirFields() {
        logIn("resp.pulm");
        String pseudonym = uniquePseudonym();
        createCase(pseudonym, 1970, "Female", "First case of the patient " + uniqueWord());

        // The same patient with another birth year: only the service knows it is wrong.
        open("cases/new.xhtml");
        find("newCase:pseudonym").sendKeys(pseudonym);
        find("newCase:birthYear_input").sendKeys("1985");
        chooseOption("newCase:sex", "Female");
        find("newCase:title").sendKeys("Second case");
        clickAndWaitForPage(find("newCase:save"));
        assertTrue(browser.getCurrentUrl().contains("cases/new.xhtml"), "the form stays");
        assertTrue(
                fieldMessage("birthYear").contains("Does not match the patient recorded under"),
                fieldMessage("birthYear"));
        assertEquals("1985", find("newCase:birthYear_input").getAttribute("value"), "the refused value is kept");
        assertEquals("Second case", find("newCase:title").getAttribute("value"));

        // A malformed pseudonym is the service's to refuse, next to the pseudonym.
        WebElement field = find("newCase:pseudonym");
        field.clear();
        field.sendKeys("X-12");
        clickAndWaitForPage(find("newCase:save"));
        assertTrue(fieldMessage("pseudonym").contains("P- followed by 4 to 8 digits"), fieldMessage("pseudonym"));
    }

    @Test
    void theNewCaseFormWorksByKeyboard() {
        String word = uniqueWord();
        logIn("resp.pulm");
        open("cases/new.xhtml");
        String pseudonym = uniquePseudonym();
        find("newCase:pseudonym").sendKeys(pseudonym);
        // Tab to the birth year, Tab to sex (arrow down picks the first), Tab past the preselected condition to
        // the title; Enter there submits the form.
        new Actions(browser)
                .sendKeys(Keys.TAB)
                .sendKeys("1990")
                .sendKeys(Keys.TAB)
                .sendKeys(Keys.ARROW_DOWN)
                .sendKeys(Keys.TAB)
                .sendKeys(Keys.TAB)
                .sendKeys("Keyboard " + word)
                .perform();
        assertEquals("Keyboard " + word, find("newCase:title").getAttribute("value"), "Tab reaches the title");
        new Actions(browser).sendKeys(Keys.ENTER).perform();
        waitForUrl(browser, "case.xhtml?id=");

        open("cases/index.xhtml?q=" + word);
        assertEquals(List.of(pseudonym), pseudonyms());
    }

    @Test
    void aClinicianOfAnotherTeamDoesNotSeeTheCases() {
        String word = uniqueWord();
        logIn("resp.pulm");
        createCase(uniquePseudonym(), 1960, "Male", "Respiratory only " + word);
        open("home.xhtml");
        logOut(browser);

        logIn("neuro.neuro");
        open("cases/index.xhtml?q=" + word);
        assertTrue(pseudonyms().isEmpty());
        assertTrue(find("cases-empty").isDisplayed());
        assertEquals("0", chipCount("DRAFT"));
    }

    @Test
    void administratorsGetAccessDeniedOnCases() {
        logIn("admin");
        assertTrue(browser.findElements(By.id("nav-cases")).isEmpty(), "no Cases item for administrators");
        open("cases/index.xhtml");
        assertTrue(findOptional("error-403").isPresent(), "the worklist is refused");
        open("cases/new.xhtml");
        assertTrue(findOptional("error-403").isPresent(), "the new-case form is refused");
    }

    /** Fills and submits the new-case form; returns the new case's id from the address it redirects to. */
    private long createCase(String pseudonym, int birthYear, String sex, String title) {
        open("cases/new.xhtml");
        assertEquals("Severe asthma", selectedLabel("newCase:condition"), "the team's only condition is chosen");
        find("newCase:pseudonym").sendKeys(pseudonym);
        find("newCase:birthYear_input").sendKeys(String.valueOf(birthYear));
        chooseOption("newCase:sex", sex);
        find("newCase:title").sendKeys(title);
        find("newCase:summary").sendKeys("Uncontrolled despite high-dose ICS/LABA.");
        clickAndWaitForPage(find("newCase:save"));
        Matcher id = CASE_ID.matcher(browser.getCurrentUrl());
        assertTrue(id.find(), "redirected to the case page: " + browser.getCurrentUrl());
        return Long.parseLong(id.group(1));
    }

    /** Moves a case to "ready for review" through the REST API, as the case page would. */
    private void moveToReadyForReview(long id) {
        ApiClient api = ApiClient.as(portal, "resp.pulm", DEMO_PASSWORD);
        HttpResponse<String> current = api.get("cases/" + id);
        Matcher version = Pattern.compile("\"version\"\\s*:\\s*(\\d+)").matcher(current.body());
        assertTrue(version.find(), current.body());
        HttpResponse<String> moved =
                api.put("cases/" + id, "{\"version\": " + version.group(1) + ", \"status\": \"READY_FOR_REVIEW\"}");
        assertEquals(200, moved.statusCode(), moved.body());
    }

    private String fieldMessage(String id) {
        List<WebElement> messages = browser.findElements(By.xpath("//*[@id='newCase:" + id + "' or @id='newCase:" + id
                + "_input']/ancestor::div[contains(@class,'field')][1]//*[contains(@class,'ui-message-error')]"));
        return messages.isEmpty() ? "" : messages.get(0).getText();
    }

    private List<String> pseudonyms() {
        return browser.findElements(By.cssSelector("tr.worklist-row a.case-link")).stream()
                .map(WebElement::getText)
                .toList();
    }

    private WebElement chip(String status) {
        return browser.findElement(By.cssSelector(".status-filter a[data-status='" + status + "']"));
    }

    private String chipCount(String status) {
        return chip(status).findElement(By.className("status-count")).getText().strip();
    }

    private WebElement columnTitle(String title) {
        return columnHeader(title).findElement(By.cssSelector("a.sort-link"));
    }

    private WebElement columnHeader(String title) {
        return browser.findElement(
                By.xpath("//th[.//span[contains(@class,'column-title') and normalize-space()='" + title + "']]"));
    }

    private static String uniquePseudonym() {
        return "P-" + ThreadLocalRandom.current().nextInt(10_000_000, 99_999_999);
    }

    /** A word no other case has, to find this test's cases among everyone's. */
    private static String uniqueWord() {
        StringBuilder word = new StringBuilder("wl");
        ThreadLocalRandom.current().ints(8, 'a', 'z' + 1).forEach(c -> word.append((char) c));
        return word.toString();
    }
}
