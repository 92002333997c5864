package org.refract.web.api;

import jakarta.ejb.EJB;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.refract.service.identity.CallerService;
import org.refract.service.identity.UserProfile;

/** {@code GET /api/me}: who the credentials belong to, with roles and teams. */
@Path("me")
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {

    @EJB
    CallerService caller;

    @GET
    public UserProfile me() {
        return caller.profile();
    }
}
