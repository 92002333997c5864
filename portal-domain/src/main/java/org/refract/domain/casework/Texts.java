package org.refract.domain.casework;

import org.refract.domain.shared.InvalidInputException;

/** Checks for the free-text fields of casework. */
final class Texts {

    private Texts() {}

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

    /** The user name stamped on a change; it comes from the login, so a missing one is a programming error. */
    static String requireUser(String username) {
        if (username == null || username.isBlank()) {
            throw new IllegalArgumentException("The user making the change is required.");
        }
        if (username.length() > 64) {
            throw new IllegalArgumentException("User names have at most 64 characters.");
        }
        return username;
    }
}
