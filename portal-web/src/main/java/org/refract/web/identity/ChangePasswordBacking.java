package org.refract.web.identity;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Optional;
import org.refract.service.identity.PasswordChangeService;
import org.refract.web.shared.CurrentUser;
import org.refract.web.shared.FormAction;
import org.refract.web.shared.Messages;

/**
 * {@code /account/password.xhtml}: the caller chooses a new password (required after a reset or a new account), and
 * can sign out their other sessions. Both renew this session's security stamp so that it alone goes on.
 */
@Named
@RequestScoped
public class ChangePasswordBacking {

    @EJB
    PasswordChangeService passwords;

    @Inject
    FacesContext faces;

    @Inject
    ExternalContext external;

    @Inject
    CurrentUser currentUser;

    private String currentPassword;
    private String newPassword;
    private String confirmation;
    private Boolean required;

    /** Whether the user is here because they must change their password (the page says so). */
    public boolean isRequired() {
        if (required == null) {
            required = passwords.changeRequired();
        }
        return required;
    }

    public void change() throws IOException {
        Optional<Long> stamp =
                FormAction.of(faces).call(() -> passwords.changePassword(currentPassword, newPassword, confirmation));
        if (stamp.isEmpty()) {
            return;
        }
        HttpSession session = ((HttpServletRequest) external.getRequest()).getSession();
        SessionCaller.renew(session, stamp.get());
        PasswordChangeGate.passed(session);
        external.getFlash().setKeepMessages(true);
        Messages.addGlobalInfo(faces, "account.password.changed");
        external.redirect(
                external.getRequestContextPath() + (currentUser.isAdmin() ? "/admin/index.xhtml" : "/home.xhtml"));
    }

    /** "Sign out my other sessions": they end at their next request; this one goes on. */
    public void endOtherSessions() {
        long stamp = passwords.endOtherSessions();
        SessionCaller.renew(((HttpServletRequest) external.getRequest()).getSession(), stamp);
        Messages.addGlobalInfo(faces, "account.sessions.ended");
    }

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }

    public String getConfirmation() {
        return confirmation;
    }

    public void setConfirmation(String confirmation) {
        this.confirmation = confirmation;
    }
}
