package org.refract.domain.review;

import org.refract.domain.shared.InvalidInputException;

/** Checks for the free-text fields of team review. */
final class ReviewTexts {

    private ReviewTexts() {}

    /** Stripped text, or null when blank; refuses text longer than the column. */
    static String optional(String text, int maxLength, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String stripped = text.strip();
        if (stripped.length() > maxLength) {
            throw new InvalidInputException(
                    field, "At most " + maxLength + " characters (" + stripped.length() + " entered).");
        }
        return stripped;
    }

    /** Stripped text that must be present. */
    static String required(String text, int maxLength, String field, String whatIsMissing) {
        String value = optional(text, maxLength, field);
        if (value == null) {
            throw new InvalidInputException(field, whatIsMissing);
        }
        return value;
    }

    /** The user name stamped on a change; it comes from the login, so a missing one is a programming error. */
    static String requireUser(String username) {
        if (username == null || username.isBlank() || username.length() > 64) {
            throw new IllegalArgumentException("The user making the change is required (at most 64 characters).");
        }
        return username;
    }
}
