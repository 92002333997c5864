package org.refract.web.identity;

import java.util.Optional;

/**
 * Where to go after login. Only a path inside the portal is accepted, so that a crafted link cannot send a
 * freshly logged-in user to another site.
 */
final class ContinueTarget {

    private ContinueTarget() {}

    static Optional<String> of(String value) {
        if (value == null
                || value.isBlank()
                || !value.startsWith("/")
                || value.startsWith("//")
                || value.contains("\\")
                || value.contains("\r")
                || value.contains("\n")
                || value.startsWith("/login.xhtml")
                || value.contains("://")) {
            return Optional.empty();
        }
        return Optional.of(value);
    }
}
