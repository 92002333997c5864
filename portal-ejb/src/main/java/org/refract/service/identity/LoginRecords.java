package org.refract.service.identity;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Optional;
import org.refract.domain.identity.UserAccount;

/**
 * The short transactions around a password check, for {@link AuthenticationService} only: read the account before
 * hashing, record the outcome after it. No transaction and no database connection is held while the password is
 * hashed. A failure is counted by one atomic update, so parallel attempts lose no count.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class LoginRecords {

    @PersistenceContext
    EntityManager em;

    @Inject
    UserFinder users;

    /** The account as the check needs it, detached. */
    public Optional<UserAccount> find(String username) {
        return users.findUser(username).map(user -> {
            em.detach(user); // roles are eager: the check reads them after this transaction
            return user;
        });
    }

    /** Counts a failed login of an existing account, atomically. */
    public void failed(String username) {
        em.createNamedQuery("UserAccount.countFailedLogin")
                .setParameter("username", username)
                .executeUpdate();
    }

    /**
     * Records a successful login and, when given, a stronger hash of the same password.
     *
     * @return the account's security stamp now
     */
    public long succeeded(String username, String strongerHash, Instant now) {
        UserAccount user = users.getUser(username);
        if (strongerHash != null) {
            user.upgradePasswordHash(strongerHash);
        }
        user.recordSuccessfulLogin(now);
        return user.getSecurityStamp();
    }
}
