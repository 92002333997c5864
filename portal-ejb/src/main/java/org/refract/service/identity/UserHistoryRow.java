package org.refract.service.identity;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.refract.domain.identity.Discipline;
import org.refract.domain.identity.Role;

/**
 * One audited change of an account: who, when, and the state it left (never the password itself; a reset shows
 * as a pending password change).
 *
 * @param at when
 * @param by who (a username, or "system")
 * @param displayName display name after the change
 * @param discipline discipline after the change
 * @param roles roles after the change
 * @param active whether the account was active after the change
 * @param passwordChangeRequired whether a password change was pending after the change
 */
public record UserHistoryRow(
        Instant at,
        String by,
        String displayName,
        Discipline discipline,
        List<Role> roles,
        boolean active,
        boolean passwordChangeRequired)
        implements Serializable {

    static UserHistoryRow of(
            Instant at,
            String by,
            String displayName,
            Discipline discipline,
            Set<Role> roles,
            boolean active,
            boolean passwordChangeRequired) {
        return new UserHistoryRow(
                at, by, displayName, discipline, roles.stream().sorted().toList(), active, passwordChangeRequired);
    }
}
