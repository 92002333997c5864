package org.refract.web.identity;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.List;
import org.refract.service.identity.UserAdministrationService;
import org.refract.service.identity.UserRow;

/** {@code /admin/users/index.xhtml}: every account, with its state, linking to its edit page. */
@Named
@RequestScoped
public class UserListBacking {

    @EJB
    UserAdministrationService administration;

    private List<UserRow> users;

    public List<UserRow> getUsers() {
        if (users == null) {
            users = administration.users();
        }
        return users;
    }
}
