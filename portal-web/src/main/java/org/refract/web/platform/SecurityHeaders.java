package org.refract.web.platform;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.util.Optional;

/**
 * The one place that sets the browser security headers (ASVS V14.4) on every page, API answer, servlet and error
 * page: the Content-Security-Policy, nosniff, a referrer policy, a permissions policy, and {@code no-store} on
 * everything but static Faces resources (scripts, styles, images, which carry no clinical data). A static resource
 * whose address carries its version ({@code v=}, as PrimeFaces' do) is cached for a year and never revalidated
 * ({@code immutable}): a new version has a new address. The portal's own resources carry none, so they keep the
 * resource handler's week with revalidation.
 *
 * <p>The policy itself is the {@code primefaces.CSP_POLICY} context parameter in {@code web.xml}, so that it is
 * written once: this filter sends it as it stands (its {@code script-src 'self'} allows the portal's own script
 * files and nothing inline); on a Faces page PrimeFaces ({@code primefaces.CSP}) appends the page's nonce to it,
 * puts that nonce on every script element it renders and moves inline event handlers into a nonced script. Its
 * header replaces the one set here, so a page answers with one policy, not two.
 *
 * <p>With {@code -Drefract.tls.required=true} ({@link TransportSecurity}) it also sends plain-HTTP requests to HTTPS
 * and adds HSTS to HTTPS answers.
 */
@WebFilter(
        filterName = "SecurityHeaders",
        urlPatterns = "/*",
        dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.FORWARD, DispatcherType.ERROR},
        asyncSupported = true)
public class SecurityHeaders extends HttpFilter {

    static final String POLICY_PARAMETER = "primefaces.CSP_POLICY";
    static final String CSP = "Content-Security-Policy";
    private static final String PERMISSIONS =
            "accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(),"
                    + " usb=()";
    private static final String STATIC_RESOURCES = "/jakarta.faces.resource/";
    static final String CACHE_CONTROL = "Cache-Control";
    static final String VERSIONED_CACHE = "max-age=31536000, immutable";
    private static final long serialVersionUID = 1L;

    private String policy;
    private transient TransportSecurity transport;

    @Override
    public void init() {
        String configured = getServletContext().getInitParameter(POLICY_PARAMETER);
        if (configured == null || !configured.strip().endsWith("script-src 'self'")) {
            throw new IllegalStateException(POLICY_PARAMETER + " must be set and end with script-src 'self'");
        }
        policy = configured.strip() + ";";
        transport = TransportSecurity.fromSystemProperties();
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String query = request.getQueryString();
        Optional<String> https = request.getDispatcherType() != DispatcherType.REQUEST || isHealthCheck(request)
                ? Optional.empty()
                : transport.redirect(
                        request.isSecure(),
                        request.getServerName(),
                        request.getRequestURI() + (query == null ? "" : "?" + query));
        if (https.isPresent()) {
            refusePlainHttp(request, response, https.get());
            return;
        }
        transport.hsts(request.isSecure()).ifPresent(hsts -> response.setHeader("Strict-Transport-Security", hsts));
        response.setHeader(CSP, policy);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader("Permissions-Policy", PERMISSIONS);
        boolean versioned = isVersionedResource(request);
        if (versioned) {
            response.setHeader(CACHE_CONTROL, VERSIONED_CACHE);
        } else if (!isStaticResource(request)) {
            response.setHeader(CACHE_CONTROL, "no-store");
        }
        chain.doFilter(request, new OnePolicy(response, versioned));
    }

    /**
     * A page asked for over plain HTTP is sent to HTTPS; anything else (a form post, an API call) is refused, so
     * that nothing is ever acted on that came over the wire in clear.
     */
    private static void refusePlainHttp(HttpServletRequest request, HttpServletResponse response, String https)
            throws IOException {
        if ("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod())) {
            response.setStatus(HttpServletResponse.SC_MOVED_PERMANENTLY);
            response.setHeader("Location", https);
        } else {
            response.sendError(HttpServletResponse.SC_FORBIDDEN, "HTTPS is required.");
        }
    }

    /** Load balancers probe the health endpoints over plain HTTP; they carry no data. */
    private static boolean isHealthCheck(HttpServletRequest request) {
        return request.getServletPath().startsWith("/health");
    }

    /** Static resources of the Faces resource handler; PrimeFaces' dynamic content (streamed per user) is not. */
    static boolean isStaticResource(HttpServletRequest request) {
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        return path.startsWith(STATIC_RESOURCES) && !path.contains("dynamiccontent");
    }

    /** A static resource whose address names its version: its content never changes under that address. */
    static boolean isVersionedResource(HttpServletRequest request) {
        String version = request.getParameter("v");
        return isStaticResource(request) && version != null && !version.isBlank();
    }

    /**
     * Lets a later Content-Security-Policy (PrimeFaces', with the page's nonce) replace the one set above, and keeps
     * a versioned resource's year-long caching from being shortened by the resource handler's own headers.
     */
    private static final class OnePolicy extends HttpServletResponseWrapper {

        private final boolean versioned;

        OnePolicy(HttpServletResponse response, boolean versioned) {
            super(response);
            this.versioned = versioned;
        }

        @Override
        public void addHeader(String name, String value) {
            if (CSP.equalsIgnoreCase(name)) {
                setHeader(name, value);
            } else if (!keepsCaching(name)) {
                super.addHeader(name, value);
            }
        }

        @Override
        public void setHeader(String name, String value) {
            if (!keepsCaching(name)) {
                super.setHeader(name, value);
            }
        }

        @Override
        public void setDateHeader(String name, long date) {
            if (!keepsCaching(name)) {
                super.setDateHeader(name, date);
            }
        }

        @Override
        public void addDateHeader(String name, long date) {
            if (!keepsCaching(name)) {
                super.addDateHeader(name, date);
            }
        }

        private boolean keepsCaching(String name) {
            return versioned && (CACHE_CONTROL.equalsIgnoreCase(name) || "Expires".equalsIgnoreCase(name));
        }
    }
}
