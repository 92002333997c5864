package org.refract.web.api;

import jakarta.ejb.EJB;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.refract.service.identity.UserAdministrationService;
import org.refract.service.identity.UserSummary;

/** {@code GET /api/users}: the user list, for administrators (the service enforces the role). */
@Path("users")
@Produces(MediaType.APPLICATION_JSON)
public class UsersResource {

    @EJB
    UserAdministrationService administration;

    @GET
    public List<UserSummary> users() {
        return administration.users();
    }
}
