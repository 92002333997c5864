package org.refract.service.identity;

import java.io.Serializable;
import org.refract.domain.identity.Team;
import org.refract.domain.identity.TeamRole;

/**
 * A team as listed next to a user: code, name, focus, and the user's role in it (null in plain team lists).
 *
 * @param code team code
 * @param name team name
 * @param conditionFocus the condition area it reviews
 * @param teamRole the user's role in the team, when listed for a user
 */
public record TeamSummary(String code, String name, String conditionFocus, TeamRole teamRole) implements Serializable {

    static TeamSummary of(Team team, TeamRole role) {
        return new TeamSummary(team.getCode(), team.getName(), team.getConditionFocus(), role);
    }
}
