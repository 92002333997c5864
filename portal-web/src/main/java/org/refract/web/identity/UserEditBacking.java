package org.refract.web.identity;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.function.Supplier;
import org.omnifaces.util.Faces;
import org.refract.service.identity.IssuedPassword;
import org.refract.service.identity.UserAdministrationService;
import org.refract.service.identity.UserDetail;
import org.refract.service.identity.UserHistoryRow;
import org.refract.service.shared.NotFoundException;
import org.refract.web.shared.FormAction;
import org.refract.web.shared.Messages;

/**
 * {@code /admin/users/edit.xhtml?username=…}: an account's name, discipline and roles, its state (active, locked,
 * password change pending) with the actions on it, its teams and its change history.
 */
@Named
@ViewScoped
public class UserEditBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    transient UserAdministrationService administration;

    private final UserFields fields = new UserFields();
    private String username;
    private UserDetail user;
    private IssuedPassword issued;
    private String conflict;
    private List<UserHistoryRow> history;

    public void open() throws IOException {
        if (user != null) {
            return;
        }
        try {
            show(administration.user(username));
        } catch (NotFoundException e) {
            Faces.responseSendError(HttpServletResponse.SC_NOT_FOUND, e.getMessage());
        }
    }

    public void save() {
        FacesContext faces = FacesContext.getCurrentInstance();
        FormAction.of(faces)
                .conflicts(text -> conflict = text)
                .call(() -> administration.update(
                        username, user.version(), fields.getDisplayName(), fields.getDiscipline(), fields.roleSet()))
                .ifPresent(saved -> {
                    user = saved;
                    conflict = null;
                    history = null;
                    Messages.addGlobalInfo(faces, "users.saved", saved.displayName());
                    if (saved.pendingGrant() != null) {
                        fields.fill(saved.displayName(), saved.discipline(), saved.roles());
                        Messages.addGlobalInfo(faces, "users.grant.pending");
                    }
                });
    }

    /** After a conflict: start again from what the other administrator saved. */
    public void reload() {
        show(administration.user(username));
    }

    public void deactivate() {
        act(() -> administration.deactivate(username), "users.deactivated");
    }

    public void reactivate() {
        act(() -> administration.reactivate(username), "users.reactivated");
    }

    /** Four eyes: a second administrator approves the clinical roles another administrator asked for. */
    public void approveGrant() {
        act(() -> administration.approveGrant(username), "users.grant.approved");
        fields.fill(user.displayName(), user.discipline(), user.roles());
    }

    /** Refuses the roles waiting for approval (or, for the administrator who asked, withdraws them). */
    public void refuseGrant() {
        act(() -> administration.refuseGrant(username), "users.grant.refused");
    }

    public void unlock() {
        act(() -> administration.unlock(username), "users.unlocked");
    }

    public void resetPassword() {
        issued = administration.resetPassword(username);
        user = administration.user(username);
        history = null;
        Messages.addGlobalInfo(FacesContext.getCurrentInstance(), "users.passwordReset", user.displayName());
    }

    private void act(Supplier<UserDetail> action, String messageKey) {
        FacesContext faces = FacesContext.getCurrentInstance();
        FormAction.of(faces).call(action).ifPresent(changed -> {
            user = changed;
            history = null;
            Messages.addGlobalInfo(faces, messageKey, changed.displayName());
        });
    }

    private void show(UserDetail detail) {
        user = detail;
        fields.fill(detail.displayName(), detail.discipline(), detail.roles());
        conflict = null;
        history = null;
    }

    public List<UserHistoryRow> getHistory() {
        if (history == null && user != null) {
            history = administration.history(username);
        }
        return history;
    }

    public UserFields getFields() {
        return fields;
    }

    public UserDetail getUser() {
        return user;
    }

    public IssuedPassword getIssued() {
        return issued;
    }

    public String getConflict() {
        return conflict;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }
}
