package org.refract.web.home;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.refract.service.identity.TeamSummary;
import org.refract.web.shared.CurrentUser;

/** {@code /home.xhtml}: the clinician's start page. */
@Named
@RequestScoped
public class HomeBacking {

    @Inject
    CurrentUser currentUser;

    public List<TeamSummary> getTeams() {
        return currentUser.getProfile().teams();
    }
}
