package org.refract.web.identity;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import org.refract.service.identity.AuthenticationService;

/**
 * Validates usernames and passwords against the portal's accounts; roles become Jakarta Security groups. HTTP
 * Basic credentials (sent on every API request) go through the service's repeated-credentials check, and are refused
 * while the account still has a password set by an administrator: that one only opens the change-password page.
 */
@ApplicationScoped
public class PortalIdentityStore implements IdentityStore {

    @EJB
    AuthenticationService authentication;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential login)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        var authenticated = login instanceof BasicCredential
                ? authentication.authenticateRepeated(login.getCaller(), login.getPasswordAsString())
                : authentication.authenticate(login.getCaller(), login.getPasswordAsString());
        return authenticated
                .filter(user -> !(login instanceof BasicCredential && user.passwordChangeRequired()))
                .map(user -> new CredentialValidationResult(user.username(), user.roles()))
                .orElse(CredentialValidationResult.INVALID_RESULT);
    }
}
