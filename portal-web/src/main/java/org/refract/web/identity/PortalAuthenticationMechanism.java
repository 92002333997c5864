package org.refract.web.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashSet;
import java.util.Optional;

/**
 * One mechanism, two ways in:
 * <ul>
 * <li>{@code /api/*}: HTTP Basic on every request, no session, 401 with a Basic challenge otherwise;</li>
 * <li>everything else: the portal's login page. A protected page asked for without a login redirects there
 * with the page in {@code ?continue=}; a successful login gets a new session id and keeps the caller in the
 * session.</li>
 * </ul>
 */
@ApplicationScoped
public class PortalAuthenticationMechanism implements HttpAuthenticationMechanism {

    static final String LOGIN_PAGE = "/login.xhtml";
    private static final String API_PREFIX = "/api/";

    @Inject
    IdentityStoreHandler identityStores;

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
            return context.notifyContainerAboutLogin(
                    caller.get().username(), caller.get().groups());
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
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            return AuthenticationStatus.SEND_FAILURE;
        }
        if (request.getSession(false) != null) {
            request.changeSessionId();
        }
        request.getSession(true)
                .setAttribute(
                        SessionCaller.ATTRIBUTE,
                        new SessionCaller(
                                result.getCallerPrincipal().getName(), new HashSet<>(result.getCallerGroups())));
        return context.notifyContainerAboutLogin(result);
    }

    private AuthenticationStatus validateApiRequest(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        Optional<BasicCredential> credential = basicCredential(request);
        if (credential.isPresent()) {
            CredentialValidationResult result = identityStores.validate(credential.get());
            if (result.getStatus() == CredentialValidationResult.Status.VALID) {
                return context.notifyContainerAboutLogin(result);
            }
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
