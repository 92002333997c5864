package org.refract.domain.catalog;

import java.util.regex.Pattern;

/** The shape of every catalogue code: what integrations send and what admins type. */
final class CatalogCode {

    private static final Pattern CODE = Pattern.compile("[a-z0-9][a-z0-9-]{0,59}");

    private CatalogCode() {}

    static String require(String code, String what) {
        if (code == null || !CODE.matcher(code).matches()) {
            throw new IllegalArgumentException(
                    what + " code must be 1-60 lowercase letters, digits or hyphens: " + code);
        }
        return code;
    }
}
