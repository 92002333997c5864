package org.refract.service.identity;

import java.util.Set;
import org.refract.domain.identity.Role;

/**
 * What an administrator's script changes on an account ({@code PUT /api/users/{username}}); a null component is left
 * as it is.
 *
 * @param active false deactivates, true reactivates
 * @param displayName the name shown on screen
 * @param email the address notifications may be mailed to; an empty string removes it
 * @param roles the complete new set of roles
 * @param teams the codes of every team the user is to belong to: missing ones are joined as a member (a role held in
 *     a team already stays), others are left
 */
public record AccountChange(Boolean active, String displayName, String email, Set<Role> roles, Set<String> teams) {}
