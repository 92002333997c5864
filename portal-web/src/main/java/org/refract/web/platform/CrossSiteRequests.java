package org.refract.web.platform;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import java.util.Set;

/**
 * Refuses a request that changes something (any method but GET, HEAD and OPTIONS) when the browser says that another
 * site sent it: its fetch metadata ({@code Sec-Fetch-Site} other than {@code same-origin} or {@code none}) or, from a
 * browser that sends none, an {@code Origin} other than the portal's own. Clients that are not browsers (the API's,
 * scripts) send neither header and are not a cross-site risk.
 *
 * <p>This is the defence against cross-site posts that does not depend on a page's state: read-only pages are
 * stateless (transient) Faces views, whose forms carry no session-bound view state. The stateful pages keep theirs,
 * and the session cookie is {@code SameSite=Strict}, so a forged post meets three checks on those.
 */
@WebFilter(
        filterName = "CrossSiteRequests",
        urlPatterns = "/*",
        dispatcherTypes = DispatcherType.REQUEST,
        asyncSupported = true)
public class CrossSiteRequests extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");
    private static final Set<String> OWN_FETCHES = Set.of("same-origin", "none");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!SAFE_METHODS.contains(request.getMethod()) && isCrossSite(request)) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN, "Requests from other sites are refused.");
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean isCrossSite(HttpServletRequest request) {
        return isCrossSite(request.getHeader("Sec-Fetch-Site"), request.getHeader("Origin"), request.getHeader("Host"));
    }

    /**
     * What the browser says about where a request came from: its fetch metadata first, then its origin against the
     * host it asked (a client that sends neither is not a browser on another site).
     */
    static boolean isCrossSite(String fetchSite, String origin, String host) {
        if (fetchSite != null) {
            return !OWN_FETCHES.contains(fetchSite.toLowerCase(Locale.ROOT));
        }
        return origin != null && !sameAuthority(origin, host);
    }

    /**
     * The scheme is left out: behind a proxy that ends TLS the portal sees http while the browser's origin says
     * https. Host and port are what another site cannot borrow.
     */
    private static boolean sameAuthority(String origin, String host) {
        if (host == null || "null".equals(origin)) {
            return false;
        }
        try {
            String authority = URI.create(origin).getRawAuthority();
            return authority != null && authority.equalsIgnoreCase(host.strip());
        } catch (IllegalArgumentException malformed) {
            return false;
        }
    }
}
