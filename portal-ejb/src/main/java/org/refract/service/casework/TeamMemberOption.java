package org.refract.service.casework;

import java.io.Serializable;
import org.refract.domain.identity.UserAccount;

/** A team member who can be made responsible for a case, or who is: username and display name. */
public record TeamMemberOption(String username, String displayName) implements Serializable {

    static TeamMemberOption of(UserAccount account) {
        return new TeamMemberOption(account.getUsername(), account.getDisplayName());
    }
}
