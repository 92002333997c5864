package org.refract.service.identity;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import org.refract.domain.identity.LockoutPolicy;
import org.refract.domain.identity.UserAccount;

/**
 * Checks a username and password for both the login page and HTTP Basic on the API. Failed attempts count
 * towards the lockout; the answer is the same empty result for an unknown user, a wrong password, a locked or
 * an inactive account, and an unknown user costs the same hashing time, so no answer reveals which it was.
 * <p>
 * HTTP Basic clients send the password with every request; {@link #authenticateRepeated} spares them the PBKDF2
 * cost when the same credentials were verified within the last minute (see {@link RecentCredentials}), while the
 * account's lock, activity and stored hash are still read on every request.
 */
@Stateless
@PermitAll
public class AuthenticationService {

    private static final Logger LOG = Logger.getLogger(AuthenticationService.class);
    private static final PasswordHasher HASHER = new PasswordHasher();
    /** Verified against when the user does not exist, so that unknown users take as long as known ones. */
    private static final String DECOY_HASH = HASHER.hash("decoy-password-never-matches");

    private static final RecentCredentials RECENT = new RecentCredentials();

    @Inject
    UserFinder users;

    @Inject
    Clock clock;

    /** Returns the user when the password is right and the account may log in now (the login page). */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Optional<AuthenticatedUser> authenticate(String username, String password) {
        return check(username, password, false);
    }

    /**
     * The same check for credentials sent again and again (HTTP Basic on the API): when this username and password
     * matched the account's current hash within the last minute, the hash is not computed again and the login is
     * not recorded again.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Optional<AuthenticatedUser> authenticateRepeated(String username, String password) {
        return check(username, password, true);
    }

    private Optional<AuthenticatedUser> check(String username, String password, boolean repeated) {
        if (username == null || password == null || username.isBlank() || password.length() > 1024) {
            return Optional.empty();
        }
        Optional<UserAccount> found = users.findUser(username);
        if (found.isEmpty()) {
            HASHER.verify(password, DECOY_HASH);
            return Optional.empty();
        }
        UserAccount user = found.get();
        var now = clock.instant();
        if (repeated
                && user.canLogInAt(now)
                && RECENT.verifiedRecently(user.getUsername(), password, user.getPasswordHash(), now)) {
            return Optional.of(authenticated(user));
        }
        boolean passwordMatches = HASHER.verify(password, user.getPasswordHash());
        if (!user.canLogInAt(now)) {
            RECENT.forget(user.getUsername());
            LOG.infof(
                    "Login refused for %s: account %s",
                    user.getUsername(), user.isActive() ? "locked until " + user.getLockedUntil() : "inactive");
            return Optional.empty();
        }
        if (!passwordMatches) {
            RECENT.forget(user.getUsername());
            user.recordFailedLogin(now, LockoutPolicy.STANDARD);
            if (user.isLockedAt(now)) {
                LOG.warnf(
                        "Account %s locked until %s after %d failed logins",
                        user.getUsername(), user.getLockedUntil(), user.getFailedLogins());
            }
            return Optional.empty();
        }
        if (HASHER.needsRehash(user.getPasswordHash())) {
            user.upgradePasswordHash(HASHER.hash(password));
        }
        user.recordSuccessfulLogin(now);
        if (repeated) {
            RECENT.remember(user.getUsername(), password, user.getPasswordHash(), now);
        }
        return Optional.of(authenticated(user));
    }

    private static AuthenticatedUser authenticated(UserAccount user) {
        return new AuthenticatedUser(
                user.getUsername(),
                user.getDisplayName(),
                user.getRoles().stream().map(Enum::name).collect(Collectors.toUnmodifiableSet()),
                user.isPasswordChangeRequired());
    }
}
