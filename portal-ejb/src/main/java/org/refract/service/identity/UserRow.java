package org.refract.service.identity;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import org.refract.domain.identity.Discipline;
import org.refract.domain.identity.Role;

/**
 * One line of the user administration list.
 *
 * @param username login name
 * @param displayName display name
 * @param discipline discipline, if any
 * @param roles roles
 * @param teams team codes
 * @param active whether the account may log in
 * @param lockedUntil end of a current wait for logins after failures (see LoginThrottle), or null
 * @param lastLoginAt last successful login, or null
 */
public record UserRow(
        String username,
        String displayName,
        Discipline discipline,
        List<Role> roles,
        List<String> teams,
        boolean active,
        Instant lockedUntil,
        Instant lastLoginAt)
        implements Serializable {}
