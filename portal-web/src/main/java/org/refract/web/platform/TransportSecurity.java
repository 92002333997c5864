package org.refract.web.platform;

import java.util.Optional;

/**
 * Whether the portal must be reached over HTTPS only ({@code -Drefract.tls.required=true}, a production setting):
 * then a plain-HTTP request is sent to the same address over HTTPS (port {@code -Drefract.tls.port}, 443 unless set),
 * and every HTTPS answer carries HSTS so that browsers never try plain HTTP again. Off by default, so that the
 * README's Run keeps plain HTTP on localhost. Behind a TLS-terminating proxy the request counts as HTTPS when a
 * trusted proxy says so ({@code configure-tls.cli}).
 */
public record TransportSecurity(boolean required, int httpsPort) {

    static final String HSTS = "max-age=31536000; includeSubDomains";
    private static final int DEFAULT_HTTPS_PORT = 443;

    /** From the system properties {@code refract.tls.required} and {@code refract.tls.port}. */
    public static TransportSecurity fromSystemProperties() {
        return new TransportSecurity(
                Boolean.getBoolean("refract.tls.required"), Integer.getInteger("refract.tls.port", DEFAULT_HTTPS_PORT));
    }

    /**
     * Where a request must go instead, when it came over plain HTTP and HTTPS is required.
     *
     * @param pathAndQuery the request URI with its query string, if any ({@code /portal/cases/?x=1})
     */
    public Optional<String> redirect(boolean secure, String host, String pathAndQuery) {
        if (!required || secure) {
            return Optional.empty();
        }
        String hostPart = host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
        String port = httpsPort == DEFAULT_HTTPS_PORT ? "" : ":" + httpsPort;
        return Optional.of("https://" + hostPart + port + pathAndQuery);
    }

    /** The Strict-Transport-Security header for an answer, if any. */
    public Optional<String> hsts(boolean secure) {
        return required && secure ? Optional.of(HSTS) : Optional.empty();
    }
}
