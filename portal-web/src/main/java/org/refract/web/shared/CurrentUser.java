package org.refract.web.shared;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.SessionScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.stream.Collectors;
import org.refract.domain.identity.Role;
import org.refract.service.identity.CallerService;
import org.refract.service.identity.UserProfile;

/**
 * The logged-in user as the header and navigation show them, loaded once per session (a few hundred bytes).
 */
@Named
@SessionScoped
public class CurrentUser implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    transient CallerService caller;

    private UserProfile profile;

    public UserProfile getProfile() {
        if (profile == null) {
            profile = caller.profile();
        }
        return profile;
    }

    public boolean isAdmin() {
        return getProfile().hasRole(Role.ADMIN);
    }

    public boolean isClinician() {
        return getProfile().hasRole(Role.CLINICIAN);
    }

    public boolean isChair() {
        return getProfile().hasRole(Role.CHAIR);
    }

    /** Team names joined for the header, e.g. "Severe asthma MDT". */
    public String getTeamNames() {
        return getProfile().teams().stream().map(t -> t.name()).collect(Collectors.joining(", "));
    }
}
