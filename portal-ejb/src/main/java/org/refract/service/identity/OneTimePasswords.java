package org.refract.service.identity;

import java.security.SecureRandom;
import org.refract.domain.identity.PasswordPolicy;

/**
 * Temporary passwords an administrator hands over once: 16 random characters from an alphabet without look-alikes
 * (no 0/o, 1/l/i), in groups of four for reading aloud, about 80 bits of entropy. The user must replace it at the
 * first login.
 */
final class OneTimePasswords {

    private static final char[] ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private OneTimePasswords() {}

    static String generate(String username) {
        while (true) {
            StringBuilder password = new StringBuilder(19);
            for (int i = 0; i < 16; i++) {
                if (i > 0 && i % 4 == 0) {
                    password.append('-');
                }
                password.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
            }
            if (PasswordPolicy.isAcceptable(password.toString(), username)) {
                return password.toString();
            }
        }
    }
}
