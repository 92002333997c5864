package org.refract.web.admin;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.List;
import org.refract.service.identity.TeamSummary;
import org.refract.service.identity.UserAdministrationService;
import org.refract.service.identity.UserRow;

/** {@code /admin/index.xhtml}: the administrator's start page with users and teams. */
@Named
@RequestScoped
public class AdminHomeBacking {

    @EJB
    UserAdministrationService administration;

    private List<UserRow> users;
    private List<TeamSummary> teams;

    public List<UserRow> getUsers() {
        if (users == null) {
            users = administration.users();
        }
        return users;
    }

    public List<TeamSummary> getTeams() {
        if (teams == null) {
            teams = administration.teams();
        }
        return teams;
    }
}
