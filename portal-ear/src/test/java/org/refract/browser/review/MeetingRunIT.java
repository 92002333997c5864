package org.refract.browser.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.refract.browser.BrowserTestBase;
import org.refract.it.api.ApiClient;

/**
 * The chair runs a meeting end to end: schedules it, builds the agenda, marks attendance until quorate, starts it,
 * walks two cases in meeting mode, takes one up, proposes a therapy and votes (another member's vote reaches the
 * chair's tally live), records the recommendation (a refused save keeps what was typed), signs off with the password
 * (a wrong one first), downloads the outcome letter, and closes the meeting: the case not reached is "listed, not
 * discussed". Another team gets no letter.
 */
class MeetingRunIT extends BrowserTestBase {

    @Test
    void chairRunsAMeetingToASignedRecommendationAndLetter() throws Exception {
        String first = readyCase("First case of the meeting run");
        String second = readyCase("Second case of the meeting run");
        logIn("resp.chair");
        open("meetings/index.xhtml");
        find("schedule:title")
                .sendKeys("Meeting run " + ThreadLocalRandom.current().nextInt(100_000, 999_999));
        find("schedule:place").sendKeys("Chest clinic seminar room");
        typeDate(
                "schedule:date_input",
                LocalDate.now().plusDays(ThreadLocalRandom.current().nextInt(30, 3000)));
        clickAndWaitForPage(find("schedule:save"));
        guardAjax(() -> find("meeting:build").click());
        present("Dr Helen Park");
        present("Dr Samuel Okafor");
        present("Priya Natarajan");
        assertTrue(
                find("quorum").getText().startsWith("Quorate"), find("quorum").getText());
        guardAjax(() -> find("meeting:start").click());

        // Meeting mode on the first case; the next case is the second one.
        clickAndWaitForPage(browser.findElement(By.cssSelector("a[aria-label='Meeting mode: " + first + "']")));
        assertTrue(
                find("page-heading").getText().contains(first),
                find("page-heading").getText());
        assertTrue(find("assessment").isDisplayed(), "decision support is the first tab");
        saveScreenshot("tour/meeting-mode");
        clickAndWaitForPage(find("next"));
        assertTrue(
                find("page-heading").getText().contains(second),
                find("page-heading").getText());
        clickAndWaitForPage(find("previous"));
        assertTrue(
                find("page-heading").getText().contains(first),
                find("page-heading").getText());
        if (findOptional("previous").filter(e -> "a".equals(e.getTagName())).isPresent()) {
            // A demo case listed before ours: the case-page tabs in meeting mode, with its data.
            clickAndWaitForPage(find("previous"));
            for (String tab : new String[] {"Overview", "Measurements", "Treatments", "Factors"}) {
                selectTab(browser, "case-tabs", tab);
                saveScreenshot("review/meeting-mode-" + tab.toLowerCase().replace(' ', '-'));
            }
            clickAndWaitForPage(find("next"));
        }
        String meetingModeUrl = browser.getCurrentUrl();

        clickAndWaitForPage(find("take-up:discuss"));
        assertEquals("In discussion", find("item-status").getText().strip());
        assertTrue(
                find("case-status").getText().contains("In review"),
                find("case-status").getText());

        // A proposal and the chair's vote with a note; the tally follows.
        chooseOption("proposal-form:therapy", "Mepolizumab");
        find("proposal-form:rationale").sendKeys("Blood eosinophils 450 cells/uL on two occasions.");
        find("proposal-form:evidence").sendKeys("GINA 2024 step 5");
        guardAjax(() -> find("proposal-form:propose").click());
        waitForAjax(browser);
        browser.findElement(By.cssSelector("input[id$=':0:note']")).sendKeys("Adherence confirmed");
        guardAjax(() ->
                browser.findElement(By.cssSelector("button[id$=':0:support']")).click());
        waitFor(browser, d -> tally(d).contains("1 support · 0 oppose · 0 abstain"));
        assertTrue(tally(browser).contains("Adherence confirmed"), tally(browser));
        assertAccessible(browser);

        // Another member present votes in their own session; the chair's tally follows without reloading.
        var pharmacist = newBrowser();
        logIn(pharmacist, "resp.pharm", DEMO_PASSWORD);
        pharmacist.get(meetingModeUrl);
        waitForPage(pharmacist);
        pharmacist.findElement(By.cssSelector("button[id$=':0:oppose']")).click();
        waitFor(pharmacist, d -> tally(d).contains("1 oppose"));
        waitFor(browser, d -> tally(d).contains("1 support · 1 oppose · 0 abstain"));
        assertTrue(tally(browser).contains("Priya Natarajan"), "who voted what is shown");

        // The pharmacist comments in the case's discussion; it appears on the chair's screen without reloading.
        String comment = "Funding form ready; home administration training booked. " + System.nanoTime();
        pharmacist.findElement(By.id("discussion-form:discussion-body")).sendKeys(comment);
        pharmacist.findElement(By.id("discussion-form:discussion-post")).click();
        waitFor(
                pharmacist,
                d -> d.findElement(By.id("discussion-form:discussion-thread"))
                        .getText()
                        .contains(comment));
        waitFor(
                browser,
                d -> d.findElement(By.id("discussion-form:discussion-thread"))
                        .getText()
                        .contains(comment));
        assertAccessible(browser);

        // The recommendation: a save without rationale is refused beside the field and keeps the rest.
        chooseOption("recommendation-form:decision", "Switch therapy");
        chooseOption("recommendation-form:therapy", "Mepolizumab");
        guardAjax(() -> find("recommendation-form:addAction").click());
        browser.findElement(By.cssSelector("input[id$=':0:actionDescription']")).sendKeys("Check dispensing records");
        String owner =
                browser.findElement(By.cssSelector("div[id$=':0:actionOwner']")).getAttribute("id");
        chooseOption(owner, "Priya Natarajan");
        WebElement due = browser.findElement(By.cssSelector("input[id$=':0:actionDue_input']"));
        typeDate(due, LocalDate.now().plusDays(14));
        guardAjax(() -> find("recommendation-form:save").click());
        waitForAjax(browser);
        assertMessageBeside("recommendation-form:rationale", "Give the rationale");
        assertEquals("Mepolizumab", selectedLabel("recommendation-form:therapy"), "the typed input stays");
        assertEquals(
                "Check dispensing records",
                browser.findElement(By.cssSelector("input[id$=':0:actionDescription']"))
                        .getAttribute("value"));
        find("recommendation-form:rationale").sendKeys("Eosinophilic phenotype, two courses of oral steroids.");
        guardAjax(() -> find("recommendation-form:save").click());
        waitForAjax(browser);
        assertTrue(browser.getPageSource().contains("Recommendation saved."), "the save is confirmed");
        assertAccessible(browser);
        saveScreenshot("tour/meeting-mode-recommendation");

        // Sign-off: the wrong password is refused beside the field, the right one signs and locks.
        find("recommendation-form:sign").click();
        waitFor(browser, d -> d.findElement(By.id("sign-form:password")).isDisplayed());
        waitForAjax(browser);
        find("sign-form:password").sendKeys("not-the-password");
        guardAjax(() -> find("sign-form:confirm").click());
        waitForAjax(browser);
        assertMessageBeside("sign-form:password", "not correct");
        assertAccessible(browser);
        saveScreenshot("review/sign-off-refused");
        find("sign-form:password").sendKeys(DEMO_PASSWORD);
        guardAjax(() -> find("sign-form:confirm").click());
        waitFor(browser, d -> !d.findElements(By.id("signed-chip")).isEmpty());
        waitForAjax(browser);
        assertTrue(
                find("signed-by").getText().contains("Dr Helen Park"),
                find("signed-by").getText());
        assertTrue(find("signed-decision").getText().contains("Switch therapy: Mepolizumab"));
        assertTrue(findOptional("recommendation-form:save").isEmpty(), "locked after sign-off");
        assertAccessible(browser);
        saveScreenshot("tour/meeting-mode-signed");

        // The case has moved on, and the letter downloads with the session of the chair.
        browser.navigate().refresh();
        waitForPage(browser);
        assertTrue(
                find("case-status").getText().contains("Recommendation issued"),
                find("case-status").getText());
        String letter = find("letter-download").getAttribute("href");
        HttpResponse<byte[]> pdf = download(letter);
        assertEquals(200, pdf.statusCode());
        assertEquals(
                "application/pdf",
                pdf.headers().firstValue("Content-Type").orElse("").split(";")[0]);
        assertEquals("%PDF", new String(pdf.body(), 0, 4, StandardCharsets.US_ASCII));

        // The chair ends the meeting from its last case: the case not reached is "listed, not discussed".
        clickAndWaitForPage(find("next"));
        assertTrue(
                find("page-heading").getText().contains(second),
                find("page-heading").getText());
        find("end:close").click();
        waitFor(browser, d -> d.findElement(By.id("confirm-form:confirm-yes")).isDisplayed());
        waitForAjax(browser);
        find("confirm-form:confirm-yes").click();
        waitForUrl(browser, "meeting.xhtml");
        WebElement secondLine = browser.findElements(By.cssSelector("#agenda li")).stream()
                .filter(li -> li.getText().contains(second))
                .findFirst()
                .orElseThrow();
        assertTrue(secondLine.getText().contains("Listed, not discussed"), secondLine.getText());
        assertTrue(
                find("meeting-status").getText().contains("Closed"),
                find("meeting-status").getText());
        assertAccessible(browser);
        saveScreenshot("review/meeting-closed");

        // The case page lists the meeting with the decision and the letter.
        clickAndWaitForPage(browser.findElement(By.linkText(first)));
        openCaseTab(browser, "Reviews");
        assertTrue(
                find("case-reviews").getText().contains("Switch therapy"),
                find("case-reviews").getText());
        assertEquals(
                letter,
                browser.findElement(By.cssSelector("#case-reviews .letter-link"))
                        .getAttribute("href"));
        saveScreenshot("review/case-reviews");

        logOut(browser);
        logIn(browser, "neuro.neuro", DEMO_PASSWORD);
        assertEquals(404, download(letter).statusCode(), "another team gets no letter");
    }

    /** The first proposal's tally, or "" while the poll is replacing it. */
    private static String tally(WebDriver driver) {
        try {
            return driver.findElement(By.cssSelector(".tally")).getText();
        } catch (StaleElementReferenceException | NoSuchElementException e) {
            return "";
        }
    }

    private HttpResponse<byte[]> download(String href) throws Exception {
        Cookie session = browser.manage().getCookieNamed("JSESSIONID");
        HttpRequest request = HttpRequest.newBuilder(URI.create(href))
                .header("Cookie", "JSESSIONID=" + session.getValue())
                .GET()
                .build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
    }

    private void present(String name) {
        WebElement button = browser.findElement(By.cssSelector("button[aria-label='Present: " + name + "']"));
        guardAjax(button::click);
    }

    private String readyCase(String summary) {
        ApiClient api = ApiClient.as(portal, "resp.pulm", DEMO_PASSWORD);
        HttpResponse<String> created = api.post("cases", """
                {"patient": {"birthYear": 1975, "sex": "M"}, "condition": "severe-asthma", "team": "respiratory",
                 "summary": "%s"}""".formatted(summary));
        assertEquals(201, created.statusCode(), created.body());
        JsonObject json;
        try (var reader = Json.createReader(new StringReader(created.body()))) {
            json = reader.readObject();
        }
        HttpResponse<String> moved = api.put(
                "cases/" + json.getJsonNumber("id").longValue(),
                "{\"version\": " + json.getJsonNumber("version").longValue() + ", \"status\": \"READY_FOR_REVIEW\"}");
        assertEquals(200, moved.statusCode(), moved.body());
        return json.getJsonObject("patient").getString("pseudonym");
    }
}
