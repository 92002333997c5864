package org.refract.it.security;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.refract.browser.DemoCaseIds;
import org.refract.it.ApiTestBase;
import org.refract.it.PortalSession;

/**
 * A post that another site makes the browser send is refused on every page, stateful or stateless (issue 16: the
 * read-only pages are transient views, whose forms carry no session-bound view state): the browser's fetch metadata
 * or, from older browsers, its {@code Origin} says where the post came from. The same post from the portal's own
 * page works.
 */
class CrossSitePostIT extends ApiTestBase {

    private static final Map<String, String> FROM_ANOTHER_SITE =
            Map.of("Sec-Fetch-Site", "cross-site", "Origin", "https://evil.example");
    private static final Map<String, String> FROM_AN_OLD_BROWSER_ON_ANOTHER_SITE =
            Map.of("Origin", "https://evil.example");

    @Test
    void theLogoutFormOfEveryKindOfPageRefusesAPostFromAnotherSite() throws Exception {
        long caseId = DemoCaseIds.of(portal, "P-1001");
        for (String page : List.of(
                "home.xhtml",
                "cases/index.xhtml",
                "cases/case.xhtml?id=" + caseId,
                "cases/case.xhtml?id=" + caseId + "&edit=summary",
                "cases/case.xhtml?id=" + caseId + "&tab=history",
                "cases/case.xhtml?id=" + caseId + "&tab=discussion",
                "search.xhtml?q=asthma",
                "knowledge/index.xhtml")) {
            PortalSession victim = PortalSession.logIn(base(), "resp.pulm", PASSWORD);
            HttpResponse<String> opened = victim.get(page);
            assertEquals(200, opened.statusCode(), page);

            int forged = victim.submit(opened, "logoutForm", "logoutForm:logout", FROM_ANOTHER_SITE)
                    .statusCode();
            int forgedByOrigin = victim.submit(
                            opened, "logoutForm", "logoutForm:logout", FROM_AN_OLD_BROWSER_ON_ANOTHER_SITE)
                    .statusCode();
            int stillIn = victim.get("home.xhtml").statusCode();
            int own = victim.submit(opened, "logoutForm", "logoutForm:logout", fromThePortal())
                    .statusCode();
            int afterwards = victim.get("home.xhtml").statusCode();

            assertAll(
                    page,
                    () -> assertEquals(403, forged, "fetch metadata: cross-site"),
                    () -> assertEquals(403, forgedByOrigin, "another origin"),
                    () -> assertEquals(200, stillIn, "the session is untouched"),
                    () -> assertEquals(302, own, "the portal's own post logs out"),
                    () -> assertEquals(302, afterwards, "logged out: the login page"));
        }
    }

    @Test
    void theLoginFormRefusesAPostFromAnotherSite() throws Exception {
        PortalSession visitor = PortalSession.anonymous(base());
        HttpResponse<String> login = visitor.get("login.xhtml");

        HttpResponse<String> forged = visitor.submit(login, "login", "login:submit", FROM_ANOTHER_SITE);

        assertEquals(403, forged.statusCode());
    }

    private Map<String, String> fromThePortal() {
        return Map.of("Sec-Fetch-Site", "same-origin", "Origin", portal.getProtocol() + "://" + portal.getAuthority());
    }

    private URI base() {
        return URI.create(portal.toExternalForm().replaceAll("/?$", "/"));
    }
}
