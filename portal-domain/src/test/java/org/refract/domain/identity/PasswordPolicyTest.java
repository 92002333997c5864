package org.refract.domain.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordPolicyTest {

    @Test
    void twelveCharactersAreEnough() {
        assertTrue(PasswordPolicy.isAcceptable("tulip-harbour", "someone"));
    }

    @Test
    void elevenCharactersAreNot() {
        assertEquals(
                "Use at least 12 characters.",
                PasswordPolicy.violation("tulip-harbo", "someone").orElseThrow());
    }

    @Test
    void lengthCountsCharactersNotUtf16Units() {
        // 11 emoji are 22 UTF-16 units but 11 characters.
        assertFalse(PasswordPolicy.isAcceptable("\uD83D\uDE00".repeat(11), "someone"));
        assertTrue(PasswordPolicy.isAcceptable("\uD83D\uDE00".repeat(12), "someone"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"            ", "my-name-is-jsmith", "JSMITH-password-1"})
    void refusesBlankAndUsernameBasedPasswords(String password) {
        assertFalse(PasswordPolicy.isAcceptable(password, "jsmith"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"password1234", "QWERTYUIOP123", "iloveyou1234", "!@#$%^&*()_+"})
    void refusesCommonAndBreachedPasswordsWhateverTheirCase(String password) {
        assertEquals(
                "This password is on a list of common or breached passwords: choose another.",
                PasswordPolicy.violation(password, "someone").orElseThrow());
    }

    @Test
    void theListOfCommonPasswordsHoldsOverAHundredThousandEntries() {
        assertTrue(CommonPasswords.size() > 400_000, "entries: " + CommonPasswords.size());
        assertFalse(CommonPasswords.contains("tulip-harbour-refract"));
    }

    @Test
    void refusesAbsurdlyLongPasswords() {
        assertFalse(PasswordPolicy.isAcceptable("x".repeat(129), "someone"));
        assertTrue(PasswordPolicy.isAcceptable("x".repeat(128), "someone"));
    }

    @Test
    void refusesMissingPassword() {
        assertFalse(PasswordPolicy.isAcceptable(null, "someone"));
    }
}
