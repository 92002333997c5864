package org.refract.web.identity;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.HashSet;
import java.util.Optional;
import org.refract.service.identity.AuthenticationService;

/**
 * One mechanism, two ways in:
 * <ul>
 * <li>{@code /api/*}: HTTP Basic on every request, no session, 401 with a Basic challenge otherwise;</li>
 * <li>everything else: the portal's login page. A protected page asked for without a login redirects there
 * with the page in {@code ?continue=}; a successful login gets a new session id and keeps the caller in the
 * session.</li>
 * </ul>
 * A session's caller is trusted only while the account's security stamp is the one it logged in with (one indexed
 * read per request) and for at most {@link #LIFETIME_PROPERTY} after the login (12 hours unless configured); then the
 * session ends and the login page says why. The API has no sessions: it checks the account on every request.
 */
@ApplicationScoped
public class PortalAuthenticationMechanism implements HttpAuthenticationMechanism {

    static final String LOGIN_PAGE = "/login.xhtml";
    /** System property with the absolute session lifetime as an ISO-8601 duration, e.g. {@code PT8H}. */
    static final String LIFETIME_PROPERTY = "refract.session.lifetime";

    private static final String API_PREFIX = "/api/";
    private static final Duration DEFAULT_LIFETIME = Duration.ofHours(12);

    private final Duration lifetime = configuredLifetime();
    private final Clock clock = Clock.systemUTC();

    @Inject
    IdentityStoreHandler identityStores;

    @EJB
    AuthenticationService authentication;

    @Inject
    SecurityLog securityLog;

    @Override
    public AuthenticationStatus validateRequest(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        if (isApi(request)) {
            return validateApiRequest(request, response, context);
        }
        Credential credential = context.getAuthParameters().getCredential();
        if (context.isAuthenticationRequest() && credential != null) {
            return login(request, context, credential);
        }
        Optional<SessionCaller> caller = sessionCaller(request);
        if (caller.isPresent()) {
            SessionCaller current = caller.get();
            SessionVerdict verdict = SessionVerdict.of(
                    current, authentication.sessionStamp(current.username()), lifetime, clock.instant());
            if (verdict == SessionVerdict.CONTINUES) {
                return context.notifyContainerAboutLogin(current.username(), current.groups());
            }
            return endSession(request, response, context, current, verdict);
        }
        if (context.isProtected()) {
            return context.redirect(request.getContextPath() + LOGIN_PAGE + continueParameter(request));
        }
        return context.doNothing();
    }

    @Override
    public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(SessionCaller.ATTRIBUTE);
        }
        HttpAuthenticationMechanism.super.cleanSubject(request, response, context);
    }

    private AuthenticationStatus login(HttpServletRequest request, HttpMessageContext context, Credential credential) {
        CredentialValidationResult result = identityStores.validate(credential);
        String typed = credential instanceof UsernamePasswordCredential login ? login.getCaller() : null;
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            securityLog.loginFailed(typed, request, "page");
            return AuthenticationStatus.SEND_FAILURE;
        }
        String username = result.getCallerPrincipal().getName();
        var stamp = authentication.sessionStamp(username);
        if (stamp.isEmpty()) {
            return AuthenticationStatus.SEND_FAILURE;
        }
        if (request.getSession(false) != null) {
            request.changeSessionId();
        }
        request.getSession(true)
                .setAttribute(
                        SessionCaller.ATTRIBUTE,
                        new SessionCaller(
                                username, new HashSet<>(result.getCallerGroups()), stamp.getAsLong(), clock.instant()));
        securityLog.loggedIn(username, request, "page");
        return context.notifyContainerAboutLogin(result);
    }

    /**
     * Ends a session that may no longer go on and sends the browser to the login page with the reason (inside a
     * Faces ajax request as a partial-response redirect, which the page's script follows).
     */
    private AuthenticationStatus endSession(
            HttpServletRequest request,
            HttpServletResponse response,
            HttpMessageContext context,
            SessionCaller caller,
            SessionVerdict verdict) {
        securityLog.sessionEnded(caller.username(), request, verdict);
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        if (!context.isProtected()) {
            return context.doNothing();
        }
        String login = request.getContextPath() + LOGIN_PAGE + "?ended=" + verdict.parameter();
        if (!"partial/ajax".equals(request.getHeader("Faces-Request"))) {
            return context.redirect(login);
        }
        try {
            response.setContentType("text/xml");
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.getWriter()
                    .write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\"" + login
                            + "\"/></partial-response>");
            return AuthenticationStatus.SEND_CONTINUE;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private AuthenticationStatus validateApiRequest(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        Optional<BasicCredential> credential = basicCredential(request);
        if (credential.isPresent()) {
            CredentialValidationResult result = identityStores.validate(credential.get());
            if (result.getStatus() == CredentialValidationResult.Status.VALID) {
                return context.notifyContainerAboutLogin(result);
            }
            securityLog.loginFailed(credential.get().getCaller(), request, "api");
        }
        if (credential.isPresent() || context.isProtected()) {
            response.setHeader("WWW-Authenticate", "Basic realm=\"Refract\", charset=\"UTF-8\"");
            return context.responseUnauthorized();
        }
        return context.doNothing();
    }

    private static boolean isApi(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + API_PREFIX);
    }

    private static Optional<SessionCaller> sessionCaller(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return Optional.ofNullable(session)
                .map(s -> s.getAttribute(SessionCaller.ATTRIBUTE))
                .filter(SessionCaller.class::isInstance)
                .map(SessionCaller.class::cast);
    }

    private static Duration configuredLifetime() {
        String configured = System.getProperty(LIFETIME_PROPERTY);
        return configured == null || configured.isBlank() ? DEFAULT_LIFETIME : Duration.parse(configured.strip());
    }

    static Optional<BasicCredential> basicCredential(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return Optional.empty();
        }
        try {
            String decoded =
                    new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            if (colon < 1) {
                return Optional.empty();
            }
            return Optional.of(new BasicCredential(decoded.substring(0, colon), decoded.substring(colon + 1)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Only GET requests are worth returning to; the login page checks the value again before redirecting. */
    private static String continueParameter(HttpServletRequest request) {
        if (!"GET".equals(request.getMethod())) {
            return "";
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.isEmpty() || "/".equals(path) || path.startsWith("/index.xhtml")) {
            return "";
        }
        String query = request.getQueryString();
        String target = query == null ? path : path + "?" + query;
        return "?continue=" + URLEncoder.encode(target, StandardCharsets.UTF_8);
    }
}
