package org.refract.service.identity;

import java.io.Serializable;
import java.util.Set;
import org.refract.domain.identity.Discipline;
import org.refract.domain.identity.Role;

/**
 * An account to create.
 *
 * @param username login name, 3-64 lowercase letters, digits, dots, hyphens or underscores; never changes
 * @param displayName name shown on screen
 * @param discipline professional discipline, optional
 * @param roles at least one role
 * @param initialPassword a password the administrator chose, or blank for a generated one-time password; either
 *                        way the user must change it at the first login
 */
public record NewUser(
        String username, String displayName, Discipline discipline, Set<Role> roles, String initialPassword)
        implements Serializable {}
