package org.refract.web.identity;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.NotBlank;
import java.io.IOException;
import org.refract.web.shared.Messages;

/** The login page ({@code /login.xhtml}). */
@Named
@RequestScoped
public class LoginBacking {

    @Inject
    SecurityContext securityContext;

    @Inject
    FacesContext faces;

    @Inject
    ExternalContext external;

    @NotBlank
    private String username;

    @NotBlank
    private String password;

    private String continueTo;

    /** Shown when a logged-in user opens the login page: straight to the portal. */
    public void redirectIfLoggedIn() throws IOException {
        if (external.getRemoteUser() != null && !faces.isPostback()) {
            external.redirect(external.getRequestContextPath() + "/");
        }
    }

    public void login() throws IOException {
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        AuthenticationStatus status = securityContext.authenticate(
                request,
                (HttpServletResponse) external.getResponse(),
                AuthenticationParameters.withParams()
                        .credential(new UsernamePasswordCredential(username, password))
                        .newAuthentication(true));
        switch (status) {
            case SUCCESS ->
                external.redirect(external.getRequestContextPath()
                        + ContinueTarget.of(continueTo).orElse("/"));
            case SEND_CONTINUE -> faces.responseComplete();
            default -> {
                password = null;
                Messages.addGlobalError(faces, "login.failed");
            }
        }
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getContinueTo() {
        return continueTo;
    }

    public void setContinueTo(String continueTo) {
        this.continueTo = continueTo;
    }
}
