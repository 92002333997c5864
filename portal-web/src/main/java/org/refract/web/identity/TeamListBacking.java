package org.refract.web.identity;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.List;
import org.refract.service.identity.TeamAdministrationService;
import org.refract.service.identity.TeamRow;

/** {@code /admin/teams/index.xhtml}: every team with its conditions and member count. */
@Named
@RequestScoped
public class TeamListBacking {

    @EJB
    TeamAdministrationService administration;

    private List<TeamRow> teams;

    public List<TeamRow> getTeams() {
        if (teams == null) {
            teams = administration.teams();
        }
        return teams;
    }
}
