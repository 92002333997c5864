package org.refract.service.identity;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.refract.domain.identity.Discipline;
import org.refract.domain.identity.Role;

/**
 * One account as the administrator edits it (never the password hash).
 *
 * @param username login name
 * @param displayName display name
 * @param discipline discipline, if any
 * @param roles roles
 * @param active whether the account may log in
 * @param passwordChangeRequired whether the user must choose a new password at the next login
 * @param locked whether failed logins currently make this account's logins from new addresses wait (nothing locks it)
 * @param lockedUntil end of that wait, or null
 * @param failedLogins failed logins since the last successful one
 * @param lastLoginAt last successful login, or null
 * @param version the version the edit is made on
 * @param teams the teams the user belongs to, with their team role
 * @param pendingGrant the roles waiting for a second administrator's approval, or null
 */
public record UserDetail(
        String username,
        String displayName,
        Discipline discipline,
        Set<Role> roles,
        boolean active,
        boolean passwordChangeRequired,
        boolean locked,
        Instant lockedUntil,
        int failedLogins,
        Instant lastLoginAt,
        long version,
        List<TeamSummary> teams,
        PendingGrant pendingGrant)
        implements Serializable {

    /**
     * A change of roles that gives an administrator clinical access, waiting for a second administrator.
     *
     * @param roles the complete set of roles asked for
     * @param requestedBy the administrator who asked (who may withdraw it, but not approve it)
     * @param requestedAt when
     */
    public record PendingGrant(Set<Role> roles, String requestedBy, Instant requestedAt) implements Serializable {}
}
