package org.refract.service.identity;

import java.io.Serializable;
import java.util.Set;

/**
 * The outcome of a successful password check: what the web tier needs to establish the caller.
 *
 * @param username the login name
 * @param displayName the name shown in the header
 * @param roles the role names, used as Jakarta Security groups
 * @param passwordChangeRequired whether the user must choose a new password before going on
 * @param securityStamp the account's security stamp at this check, which a session opened now must keep
 * @param verified whether the password was hashed and checked now (not taken from a check a moment ago)
 */
public record AuthenticatedUser(
        String username,
        String displayName,
        Set<String> roles,
        boolean passwordChangeRequired,
        long securityStamp,
        boolean verified)
        implements Serializable {}
