package org.refract.web.casework;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.refract.domain.casework.CaseStatus;

class StatusButtonsTest {

    @Test
    void writesAButtonPerStepNamedByTheComponentAndValuedByTheTarget() {
        String html = StatusButtons.markup(
                "status-form:move",
                List.of(
                        new StatusStep(CaseStatus.DRAFT, "Withdraw to draft", "It goes back.", "pi-pencil", true),
                        new StatusStep(
                                CaseStatus.IN_REVIEW, "Start review", "The team reviews it.", "pi-users", false)),
                "Cancel",
                "Confirm");
        assertTrue(
                html.startsWith("<button type=\"submit\" name=\"status-form:move\" value=\"DRAFT\""
                        + " class=\"ui-button ui-widget ui-state-default ui-corner-all ui-button-text-icon-left"
                        + " status-action ui-button-outlined\" data-target=\"DRAFT\""
                        + " data-confirm-title=\"Withdraw to draft\" data-confirm-message=\"It goes back.\""
                        + " aria-haspopup=\"dialog\"><span class=\"ui-button-icon-left ui-icon ui-c pi pi-pencil\""
                        + " aria-hidden=\"true\"></span><span class=\"ui-button-text ui-c\">Withdraw to draft</span>"
                        + "</button>"),
                html);
        assertTrue(
                html.contains("value=\"IN_REVIEW\" class=\"ui-button ui-widget ui-state-default ui-corner-all"
                        + " ui-button-text-icon-left status-action\" data-target=\"IN_REVIEW\""),
                "a step forward is not outlined: " + html);
        assertEquals(1, count(html, "<dialog "), html);
        assertTrue(
                html.contains("<dialog id=\"status-confirm\" class=\"confirm-dialog\""
                        + " aria-labelledby=\"status-confirm-title\" aria-describedby=\"status-confirm-message\">"),
                html);
        assertTrue(html.contains("<button type=\"button\" id=\"status-confirm-no\""), html);
        assertTrue(html.contains("<button type=\"button\" id=\"status-confirm-yes\""), html);
        assertTrue(html.contains(">Cancel</span></button>") && html.contains(">Confirm</span></button>"), html);
    }

    @Test
    void escapesWhatTheDialogWillSay() {
        String html = StatusButtons.markup(
                "f:move",
                List.of(new StatusStep(
                        CaseStatus.READY_FOR_REVIEW, "Submit <now>", "Case \"P-1\" & co.", "pi-send", false)),
                "Cancel",
                "Confirm");
        assertTrue(html.contains("data-confirm-title=\"Submit &lt;now&gt;\""), html);
        assertTrue(html.contains("data-confirm-message=\"Case &quot;P-1&quot; &amp; co.\""), html);
        assertTrue(html.contains(">Submit &lt;now&gt;</span>"), html);
    }

    @Test
    void writesNothingWhenNoStepIsOpen() {
        assertEquals("", StatusButtons.markup("f:move", List.of(), "Cancel", "Confirm"));
    }

    @Test
    void readsOnlyAStatusFromThePost() {
        assertEquals(Optional.of(CaseStatus.CLOSED), StatusButtons.target("CLOSED"));
        assertEquals(Optional.empty(), StatusButtons.target(null));
        assertEquals(Optional.empty(), StatusButtons.target(""));
        assertEquals(Optional.empty(), StatusButtons.target("closed"));
        assertEquals(Optional.empty(), StatusButtons.target("DROP TABLE"));
    }

    private static int count(String text, String part) {
        return text.split(java.util.regex.Pattern.quote(part), -1).length - 1;
    }
}
