package org.refract.web.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class TransportSecurityTest {

    private final TransportSecurity required = new TransportSecurity(true, 443);

    @Test
    void plainHttpGoesToTheSameAddressOverHttps() {
        assertEquals(
                Optional.of("https://refract.hospital.example/portal/cases/?status=DRAFT"),
                required.redirect(false, "refract.hospital.example", "/portal/cases/?status=DRAFT"));
        assertEquals(
                Optional.of("https://localhost:8443/portal/"),
                new TransportSecurity(true, 8443).redirect(false, "localhost", "/portal/"));
        assertEquals(
                Optional.of("https://[::1]:8443/portal/"),
                new TransportSecurity(true, 8443).redirect(false, "::1", "/portal/"));
    }

    @Test
    void httpsAnswersCarryHstsAndStay() {
        assertTrue(
                required.redirect(true, "refract.hospital.example", "/portal/").isEmpty());
        assertEquals(Optional.of(TransportSecurity.HSTS), required.hsts(true));
        assertTrue(required.hsts(false).isEmpty(), "HSTS over plain HTTP means nothing");
    }

    @Test
    void offByDefaultSoTheDemoKeepsPlainHttp() {
        TransportSecurity fromProperties = TransportSecurity.fromSystemProperties();

        assertEquals(new TransportSecurity(false, 443), fromProperties);
        assertTrue(fromProperties.redirect(false, "localhost", "/portal/").isEmpty());
        assertTrue(fromProperties.hsts(true).isEmpty());
    }
}
