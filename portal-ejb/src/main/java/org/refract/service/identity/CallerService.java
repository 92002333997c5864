package org.refract.service.identity;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.refract.domain.identity.Role;
import org.refract.domain.identity.TeamMembership;
import org.refract.domain.identity.UserAccount;
import org.refract.service.shared.NotFoundException;

/**
 * Who is calling: their account, profile and teams. Other services use it to scope what the caller may see.
 */
@Stateless
@RolesAllowed({Role.CLINICIAN_NAME, Role.CHAIR_NAME, Role.ADMIN_NAME})
public class CallerService {

    @Resource
    SessionContext session;

    @PersistenceContext
    EntityManager em;

    @Inject
    UserFinder users;

    /** The caller's login name. */
    public String username() {
        return session.getCallerPrincipal().getName();
    }

    /** The caller's account; an authenticated caller without one (deleted meanwhile) is refused. */
    public UserAccount account() {
        return users.findUser(username()).orElseThrow(() -> new NotFoundException("No account for the current user."));
    }

    /** The caller with their roles and teams, for the header and the home page. */
    public UserProfile profile() {
        UserAccount user = account();
        return UserProfile.of(user, teams());
    }

    /** The caller's teams with their role in each. */
    public List<TeamSummary> teams() {
        return em.createNamedQuery("TeamMembership.ofUser", TeamMembership.class)
                .setParameter("username", username())
                .getResultStream()
                .map(m -> TeamSummary.of(m.getTeam(), m.getTeamRole()))
                .toList();
    }

    /** Codes of the caller's teams: the scope of every clinical query. */
    public List<String> teamCodes() {
        return teams().stream().map(TeamSummary::code).toList();
    }
}
