package org.refract.web.identity;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import jakarta.servlet.http.HttpServletRequest;
import org.refract.service.identity.AuthenticationService;

/**
 * Validates usernames and passwords against the portal's accounts; roles become Jakarta Security groups. HTTP
 * Basic credentials (sent on every API request) go through the service's repeated-credentials check, and are refused
 * while the account still has a password set by an administrator: that one only opens the change-password page.
 * Attempts are throttled by the client address; an API login is logged when its password was actually checked (at
 * most once every five minutes per client), a page login by the mechanism.
 */
@ApplicationScoped
public class PortalIdentityStore implements IdentityStore {

    @EJB
    AuthenticationService authentication;

    /** The request being authenticated (a CDI proxy): its client address is what the login throttle counts by. */
    @Inject
    HttpServletRequest request;

    @Inject
    SecurityLog securityLog;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential login)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        String address = request.getRemoteAddr();
        var authenticated = login instanceof BasicCredential
                ? authentication.authenticateRepeated(login.getCaller(), login.getPasswordAsString(), address)
                : authentication.authenticate(login.getCaller(), login.getPasswordAsString(), address);
        authenticated
                .filter(user -> login instanceof BasicCredential && user.verified())
                .ifPresent(user -> securityLog.loggedIn(user.username(), request, "api"));
        return authenticated
                .filter(user -> !(login instanceof BasicCredential && user.passwordChangeRequired()))
                .map(user -> new CredentialValidationResult(user.username(), user.roles()))
                .orElse(CredentialValidationResult.INVALID_RESULT);
    }
}
