package org.refract.service.platform;

/**
 * The portal's address as its users reach it ({@value #PROPERTY}, e.g. https://refract.hospital.example; scheme, host
 * and port), for the links in e-mails, which are read outside any request.
 */
public final class PortalAddress {

    /** System property with the portal's public base address. */
    public static final String PROPERTY = "refract.portal.url";

    static final String DEFAULT = "http://localhost:8080";

    private PortalAddress() {}

    /** The base address without a trailing slash. */
    public static String base() {
        return System.getProperty(PROPERTY, DEFAULT).replaceAll("/+$", "");
    }
}
