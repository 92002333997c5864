package org.refract.service.identity;

import java.io.Serializable;
import java.util.List;
import org.refract.domain.identity.Discipline;
import org.refract.domain.identity.Role;
import org.refract.domain.identity.UserAccount;

/**
 * The caller as the portal shows them: name, discipline, roles and teams.
 *
 * @param username login name
 * @param displayName name shown on screen
 * @param discipline professional discipline, if any
 * @param primaryRole the highest role, for the header
 * @param roles all roles
 * @param teams the teams the user belongs to
 */
public record UserProfile(
        String username,
        String displayName,
        Discipline discipline,
        Role primaryRole,
        List<Role> roles,
        List<TeamSummary> teams)
        implements Serializable {

    static UserProfile of(UserAccount user, List<TeamSummary> teams) {
        return new UserProfile(
                user.getUsername(),
                user.getDisplayName(),
                user.getDiscipline(),
                user.primaryRole(),
                user.getRoles().stream().sorted().toList(),
                teams);
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    public boolean isMemberOf(String teamCode) {
        return teams.stream().anyMatch(t -> t.code().equals(teamCode));
    }
}
