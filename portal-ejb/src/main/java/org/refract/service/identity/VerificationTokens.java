package org.refract.service.identity;

import java.security.SecureRandom;
import java.util.Base64;

/** The secret of an address-verification link: 32 random bytes (256 bits), URL-safe. */
final class VerificationTokens {

    private static final SecureRandom RANDOM = new SecureRandom();

    private VerificationTokens() {}

    static String next() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
