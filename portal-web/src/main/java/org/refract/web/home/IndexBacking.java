package org.refract.web.home;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import org.refract.web.shared.CurrentUser;

/** {@code /index.xhtml}: sends each user to the home page of their role. */
@Named
@RequestScoped
public class IndexBacking {

    @Inject
    CurrentUser currentUser;

    @Inject
    ExternalContext external;

    public void route() throws IOException {
        String home = currentUser.isAdmin() ? "/admin/index.xhtml" : "/home.xhtml";
        external.redirect(external.getRequestContextPath() + home);
    }
}
