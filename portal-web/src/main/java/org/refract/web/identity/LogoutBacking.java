package org.refract.web.identity;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;

/** Ends the session: the container logout, then the session itself. */
@Named
@RequestScoped
public class LogoutBacking {

    @Inject
    ExternalContext external;

    @Inject
    SecurityLog securityLog;

    public void logout() throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        if (request.getRemoteUser() != null) {
            securityLog.loggedOut(request.getRemoteUser(), request);
        }
        request.logout();
        external.invalidateSession();
        external.redirect(
                external.getRequestContextPath() + PortalAuthenticationMechanism.LOGIN_PAGE + "?loggedOut=true");
    }
}
