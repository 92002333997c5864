package org.refract.web.identity;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import org.refract.service.identity.IssuedPassword;
import org.refract.service.identity.NewUser;
import org.refract.service.identity.UserAdministrationService;
import org.refract.web.shared.FormAction;
import org.refract.web.shared.Messages;

/**
 * {@code /admin/users/new.xhtml}: creates an account. A generated one-time password is shown once, on this page,
 * for the administrator to pass on; the user must replace it at the first login.
 */
@Named
@ViewScoped
public class NewUserBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    transient UserAdministrationService administration;

    private final UserFields fields = new UserFields();
    private String username;
    private String initialPassword;
    private IssuedPassword issued;

    public void create() {
        FacesContext faces = FacesContext.getCurrentInstance();
        NewUser user = new NewUser(
                username, fields.getDisplayName(), fields.getDiscipline(), fields.roleSet(), initialPassword);
        FormAction.of(faces).call(() -> administration.create(user)).ifPresent(created -> {
            issued = created;
            initialPassword = null;
            Messages.addGlobalInfo(faces, "users.created", created.username());
        });
    }

    public UserFields getFields() {
        return fields;
    }

    public IssuedPassword getIssued() {
        return issued;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getInitialPassword() {
        return initialPassword;
    }

    public void setInitialPassword(String initialPassword) {
        this.initialPassword = initialPassword;
    }
}
