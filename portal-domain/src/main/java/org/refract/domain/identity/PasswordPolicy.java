package org.refract.domain.identity;

import java.util.Optional;

/**
 * What a new password must satisfy. Length is what matters (NIST SP 800-63B): at least 12 characters, no
 * composition rules, an upper bound that keeps hashing cheap to refuse, and none of the common and breached passwords
 * of {@link CommonPasswords}.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;

    private PasswordPolicy() {}

    /** The reason the password is refused, or empty when it is acceptable. */
    public static Optional<String> violation(String password, String username) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
            return Optional.of("Use at least " + MIN_LENGTH + " characters.");
        }
        if (password.length() > MAX_LENGTH) {
            return Optional.of("Use at most " + MAX_LENGTH + " characters.");
        }
        if (password.isBlank()) {
            return Optional.of("The password cannot be only spaces.");
        }
        if (username != null && password.toLowerCase().contains(username.toLowerCase())) {
            return Optional.of("The password must not contain the username.");
        }
        if (CommonPasswords.contains(password)) {
            return Optional.of("This password is on a list of common or breached passwords: choose another.");
        }
        return Optional.empty();
    }

    public static boolean isAcceptable(String password, String username) {
        return violation(password, username).isEmpty();
    }
}
