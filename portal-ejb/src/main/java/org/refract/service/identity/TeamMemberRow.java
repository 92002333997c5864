package org.refract.service.identity;

import java.io.Serializable;
import org.refract.domain.identity.Discipline;
import org.refract.domain.identity.TeamRole;

/**
 * A member of a team, or a candidate for membership (then without a team role).
 *
 * @param username login name
 * @param displayName display name
 * @param discipline the user's discipline, if any
 * @param teamRole role in the team, or null for a candidate
 * @param active whether the account may log in
 */
public record TeamMemberRow(
        String username, String displayName, Discipline discipline, TeamRole teamRole, boolean active)
        implements Serializable {}
