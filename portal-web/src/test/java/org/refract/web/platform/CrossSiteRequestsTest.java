package org.refract.web.platform;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CrossSiteRequestsTest {

    private static final String HOST = "refract.hospital.example";

    @Test
    void fetchMetadataDecidesWhereABrowserSendsIt() {
        assertFalse(CrossSiteRequests.isCrossSite("same-origin", "https://evil.example", HOST), "fetch metadata wins");
        assertFalse(CrossSiteRequests.isCrossSite("none", null, HOST), "typed or bookmarked by the user");
        assertTrue(CrossSiteRequests.isCrossSite("cross-site", "https://" + HOST, HOST));
        assertTrue(CrossSiteRequests.isCrossSite("same-site", null, HOST), "a sibling subdomain is another site");
        assertTrue(CrossSiteRequests.isCrossSite("Cross-Site", null, HOST));
    }

    @Test
    void withoutFetchMetadataTheOriginMustBeThePortalsHost() {
        assertFalse(CrossSiteRequests.isCrossSite(null, "https://" + HOST, HOST));
        assertFalse(CrossSiteRequests.isCrossSite(null, "http://" + HOST, HOST), "TLS ended by a proxy");
        assertFalse(CrossSiteRequests.isCrossSite(null, "http://127.0.0.1:8080", "127.0.0.1:8080"));
        assertTrue(CrossSiteRequests.isCrossSite(null, "http://127.0.0.1:9090", "127.0.0.1:8080"), "another port");
        assertTrue(CrossSiteRequests.isCrossSite(null, "https://evil.example", HOST));
        assertTrue(CrossSiteRequests.isCrossSite(null, "null", HOST), "an opaque origin");
        assertTrue(CrossSiteRequests.isCrossSite(null, "https://" + HOST, null), "no host to compare");
        assertTrue(CrossSiteRequests.isCrossSite(null, "not a uri ::", HOST));
    }

    @Test
    void clientsThatAreNotBrowsersSendNeither() {
        assertFalse(CrossSiteRequests.isCrossSite(null, null, HOST));
    }
}
