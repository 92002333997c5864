package org.refract.browser.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.refract.browser.BrowserTestBase;
import org.refract.it.api.ApiClient;

/**
 * The coordinator schedules a meeting through the form, builds its agenda from the team's ready cases, records
 * attendance until the quorum indicator says quorate, and starts the meeting; another team gets a 404.
 */
class MeetingPageIT extends BrowserTestBase {

    @Test
    void coordinatorSchedulesBuildsTheAgendaAndReachesQuorum() {
        String pseudonym = readyCase();
        String title = "MDT " + ThreadLocalRandom.current().nextInt(100_000, 999_999);
        logIn("resp.nurse");
        open("meetings/index.xhtml");
        assertEquals("page", find("nav-meetings").getAttribute("aria-current"));
        find("schedule:title").sendKeys(title);
        find("schedule:place").sendKeys("Chest clinic seminar room");
        // The date last, then Escape: the picker's pop-up must not swallow later typing.
        typeDate(
                "schedule:date_input",
                LocalDate.now().plusDays(ThreadLocalRandom.current().nextInt(30, 3000)));
        clickAndWaitForPage(find("schedule:save"));
        assertEquals(title, find("page-heading").getText());
        assertTrue(browser.getCurrentUrl().contains("meeting.xhtml?id="), browser.getCurrentUrl());
        String meetingPath =
                browser.getCurrentUrl().substring(browser.getCurrentUrl().indexOf("meetings/"));

        guardAjax(() -> find("meeting:build").click());
        assertTrue(find("agenda").getText().contains(pseudonym), find("agenda").getText());
        assertTrue(
                find("quorum").getText().contains("Not quorate"), find("quorum").getText());

        present("Dr Helen Park");
        present("Joanna Lindqvist");
        assertTrue(
                find("quorum").getText().contains("missing Pharmacist"),
                find("quorum").getText());
        present("Priya Natarajan");
        assertTrue(
                find("quorum").getText().startsWith("Quorate"), find("quorum").getText());
        guardAjax(() -> find("meeting:start").click());
        assertTrue(
                find("meeting-status").getText().contains("In progress"),
                find("meeting-status").getText());
        assertAccessible(browser);
        saveScreenshot("review/meeting-started");

        var other = newBrowser();
        logIn(other, "neuro.neuro", DEMO_PASSWORD);
        browser.get(url("home.xhtml"));
        assertEquals(200, status(meetingPath));
        logOut(browser);
        logIn(browser, "neuro.neuro", DEMO_PASSWORD);
        assertEquals(404, status(meetingPath), "another team's meeting does not exist for them");
    }

    @Test
    void coordinatorSeesAndSavesTheTeamsQuorumRule() {
        logIn("resp.nurse");
        open("meetings/quorum.xhtml?team=respiratory");
        assertEquals("3", find("quorum:minimumPresent_input").getAttribute("value"));
        WebElement pharmacist = browser.findElement(By.cssSelector("input[value='PHARMACIST']"));
        assertTrue(pharmacist.isSelected(), "the pharmacist is required");
        guardAjax(() -> find("quorum:save").click());
        assertTrue(
                browser.getPageSource().contains("Quorum rule of Severe asthma MDT saved."), "the save is confirmed");
        assertEquals("3", find("quorum:minimumPresent_input").getAttribute("value"));
        assertAccessible(browser);
        logOut(browser);
        logIn(browser, "neuro.neuro", DEMO_PASSWORD);
        assertEquals(404, status("meetings/quorum.xhtml?team=respiratory"));
    }

    private void present(String name) {
        WebElement button = browser.findElement(By.cssSelector("button[aria-label='Present: " + name + "']"));
        guardAjax(button::click);
    }

    private String readyCase() {
        ApiClient api = ApiClient.as(portal, "resp.pulm", DEMO_PASSWORD);
        HttpResponse<String> created = api.post("cases", """
                {"patient": {"birthYear": 1969, "sex": "F"}, "condition": "severe-asthma", "team": "respiratory",
                 "summary": "For the meeting page test"}""");
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
