package org.refract.browser.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.refract.browser.BrowserTestBase;

/**
 * The meetings page's month view beside the list: it shows the month (a day with a meeting named by what it shows),
 * moves to the next month by keyboard, passes the accessibility check in both views, and each meeting of the list
 * offers its iCalendar file.
 */
class MeetingMonthIT extends BrowserTestBase {

    @Test
    void theMonthViewOpensAndMovesByKeyboard() {
        logIn("resp.pulm");
        open("meetings/index.xhtml");
        waitFor(
                browser,
                d -> !d.findElements(By.cssSelector("#monthForm\\:month .fc-daygrid"))
                        .isEmpty());
        saveScreenshot("meetings/month");
        // WCAG 2.5.3 (label in name): a day with a meeting is named by what it shows, its date then the meeting,
        // not by its date alone (meetings-calendar.js)
        List<WebElement> daysWithMeetings =
                browser.findElements(By.cssSelector("#monthForm\\:month td.fc-daygrid-day:has(.fc-event)"));
        assertFalse(daysWithMeetings.isEmpty(), "the demo's month shows a meeting");
        assertTrue(
                daysWithMeetings.stream().allMatch(day -> day.getAttribute("aria-labelledby") == null),
                "a day with a meeting is named by its content");
        assertAccessible(browser);
        WebElement title = browser.findElement(By.cssSelector("#monthForm\\:month .fc-toolbar-title"));
        String shown = title.getText();

        WebElement next = browser.findElement(By.cssSelector("#monthForm\\:month .fc-next-button"));
        next.sendKeys(Keys.ENTER);
        waitFor(
                browser,
                d -> !d.findElement(By.cssSelector("#monthForm\\:month .fc-toolbar-title"))
                        .getText()
                        .equals(shown));
        assertNotEquals(
                shown,
                browser.findElement(By.cssSelector("#monthForm\\:month .fc-toolbar-title"))
                        .getText());
        assertAccessible(browser);

        browser.findElement(By.cssSelector("#monthForm\\:month .fc-listMonth-button"))
                .sendKeys(Keys.ENTER);
        waitFor(
                browser,
                d -> !d.findElements(By.cssSelector("#monthForm\\:month .fc-list"))
                        .isEmpty());
        assertAccessible(browser);
        saveScreenshot("meetings/month-list");

        assertTrue(
                browser.findElements(By.cssSelector("#meetings a.ics-link")).stream()
                        .allMatch(a -> a.getAttribute("href").contains("/meetings/meeting.ics?id=")),
                "each meeting of the list links its .ics");
        // WCAG 2.5.3 (label in name): a speech-input user says what the link shows, so its name contains ".ics"
        assertTrue(
                browser.findElements(By.cssSelector("#meetings a.ics-link")).stream()
                        .allMatch(a -> a.getAttribute("aria-label").contains(".ics")),
                "each .ics link's name contains what it shows");
        assertEquals(
                browser.findElements(By.cssSelector("#meetings tbody tr")).size(),
                browser.findElements(By.cssSelector("#meetings a.ics-link")).size());
    }
}
