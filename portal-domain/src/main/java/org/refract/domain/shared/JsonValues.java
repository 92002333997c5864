package org.refract.domain.shared;

import jakarta.json.spi.JsonProvider;

/**
 * The one JSON-P provider of the application. {@code jakarta.json.Json}'s static methods look the provider up with a
 * {@link java.util.ServiceLoader} on every call, which in WildFly searches the deployment's jars each time: a case
 * page's chart or an API answer made dozens of such look-ups per request (issue 16). Build JSON with
 * {@code JsonValues.JSON.createObjectBuilder()} and its siblings instead.
 */
public final class JsonValues {

    /** Thread-safe: a provider keeps no state between calls. */
    public static final JsonProvider JSON = JsonProvider.provider();

    private JsonValues() {}
}
