package org.refract.service.identity;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import org.refract.domain.identity.UserAccount;
import org.refract.service.shared.NotFoundException;

/**
 * User accounts by username: the one place this lookup runs. No access check of its own; used inside the
 * role-checked services' transactions, which decide who may see what.
 */
@Dependent
public class UserFinder {

    @PersistenceContext
    EntityManager em;

    /**
     * The account of that username (surrounding blanks ignored), active or not, with its roles in the same statement
     * (every authenticated API request reads the account: two statements were one too many).
     */
    public Optional<UserAccount> findUser(String username) {
        if (username == null || username.isBlank()) {
            return Optional.empty();
        }
        return em
                .createNamedQuery("UserAccount.byUsername", UserAccount.class)
                .setParameter("username", username.strip())
                .getResultList()
                .stream()
                .findFirst();
    }

    public UserAccount getUser(String username) {
        return findUser(username).orElseThrow(() -> new NotFoundException("No account " + username + "."));
    }
}
