package org.refract.service.platform;

import java.util.Optional;

/**
 * Whether {@code -Drefract.flyway.clean} may empty the database the portal is connected to. The setting must name
 * that database by its JDBC URL (parameters after {@code ;} or {@code ?} aside), as the integration tests do with
 * their own throw-away database; {@code true} or any other database's URL is refused. So a copied command line or a
 * stray property can never wipe a hospital's data: wiping needs the URL of exactly the database to be wiped.
 */
record CleanPermission(String setting) {

    /** Nothing to decide: the property is not set. */
    boolean requested() {
        return setting != null && !setting.isBlank();
    }

    /**
     * Why the database at {@code databaseUrl} may not be emptied, or empty when it may.
     *
     * @param databaseUrl the URL the connection reports
     */
    Optional<String> refusal(String databaseUrl) {
        if (withoutParameters(setting).equals(withoutParameters(databaseUrl))) {
            return Optional.empty();
        }
        return Optional.of("refract.flyway.clean empties only the database it names by its JDBC URL; it names '"
                + setting + "', but the portal is connected to '" + withoutParameters(databaseUrl)
                + "'. Nothing was emptied.");
    }

    private static String withoutParameters(String url) {
        String trimmed = url == null ? "" : url.strip();
        int end = trimmed.length();
        for (char separator : new char[] {';', '?'}) {
            int at = trimmed.indexOf(separator);
            if (at >= 0 && at < end) {
                end = at;
            }
        }
        return trimmed.substring(0, end);
    }
}
