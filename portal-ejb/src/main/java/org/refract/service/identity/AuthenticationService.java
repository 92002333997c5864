package org.refract.service.identity;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.stream.Collectors;
import org.hibernate.jpa.HibernateHints;
import org.jboss.logging.Logger;
import org.refract.domain.audit.SecurityEventKind;
import org.refract.domain.identity.UserAccount;
import org.refract.service.audit.SecurityEventService;

/**
 * Checks a username and password for the login page, HTTP Basic on the API, and a chair re-entering their password
 * to sign. The answer is the same empty result for an unknown user, a wrong password, an inactive account and an
 * attempt turned away by the {@link LoginThrottle}, and an unknown user costs the same hashing time, so no answer
 * reveals which it was.
 * <p>
 * Guessing is slowed, never stopped for the account's owner: failures are counted per client address and per
 * account (see {@link LoginThrottle}; nothing locks an account), at most a few hashes are computed at once (see
 * {@link HashingGate}), and no transaction or database connection is held while hashing. HTTP Basic clients send the
 * password with every request; {@link #authenticateRepeated} spares them the PBKDF2 cost when the same credentials
 * were verified within the last five minutes against the same stored hash and security stamp (see
 * {@link RecentCredentials}), renews that check ahead of its expiry in one request while the others go on, and lets
 * concurrent requests with the same credentials share one hash, while the account is still read on every request.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class AuthenticationService {

    private static final Logger LOG = Logger.getLogger("org.refract.security");
    private static final PasswordHasher HASHER = new PasswordHasher();
    /** Verified against when the user does not exist, so that unknown users take as long as known ones. */
    private static final String DECOY_HASH = HASHER.decoy();

    private static final RecentCredentials RECENT = new RecentCredentials();
    private static final HashingGate HASHING = HashingGate.configured();

    @PersistenceContext
    EntityManager em;

    @EJB
    LoginRecords records;

    @EJB
    SecurityEventService events;

    @Inject
    LoginThrottle throttle;

    @Inject
    Clock clock;

    /** Returns the user when the password is right and the account may log in now (the login page). */
    public Optional<AuthenticatedUser> authenticate(String username, String password, String clientAddress) {
        return check(username, password, clientAddress, false);
    }

    /**
     * The same check for credentials sent again and again (HTTP Basic on the API): when this username and password
     * matched the account's current hash within the last five minutes, the hash is not computed again and the login is
     * not recorded again.
     */
    public Optional<AuthenticatedUser> authenticateRepeated(String username, String password, String clientAddress) {
        return check(username, password, clientAddress, true);
    }

    /**
     * A logged-in user re-enters their password to confirm an act (signing a recommendation). Throttled like a login,
     * under the account alone: a session left open must not become a way to guess its password.
     */
    public Optional<AuthenticatedUser> authenticate(String username, String password) {
        return check(username, password, "re-entry by " + username, false);
    }

    /**
     * The security stamp a live session of this account must carry to go on (see {@link UserAccount#endSessions()});
     * empty when the account no longer exists or is inactive. Asked on every request of a logged-in session, so it is
     * one read by the unique username, runs without a transaction of its own and is answered from the query cache:
     * Hibernate drops the cached answer at the commit of any write to the accounts (a deactivation, a new stamp), on
     * every node (the timestamps region is replicated), so the next request reads the new stamp (issue 16).
     */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public OptionalLong sessionStamp(String username) {
        return em.createNamedQuery("UserAccount.securityStamp", Long.class)
                .setParameter("username", username)
                .setHint(HibernateHints.HINT_CACHEABLE, true)
                .getResultStream()
                .mapToLong(Long::longValue)
                .findFirst();
    }

    private Optional<AuthenticatedUser> check(String username, String password, String address, boolean repeated) {
        if (username == null || password == null || username.isBlank() || password.length() > 1024) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        Optional<Instant> wait = throttle.waitUntil(username, address, now);
        if (wait.isPresent()) {
            events.record(SecurityEventKind.LOGIN_THROTTLED, username, null, address, "waits until " + wait.get());
            return Optional.empty();
        }
        Optional<UserAccount> found = records.find(username);
        if (repeated
                && found.isPresent()
                && found.get().isActive()
                && !found.get().isPasswordExpired(now)) {
            Optional<UserAccount> account = found;
            Optional<AuthenticatedUser> remembered = remembered(found.get(), password, now);
            if (remembered.isPresent()) {
                if (RECENT.refreshDue(account.get().getUsername(), now)) {
                    // one request renews the check before it expires; the others go on without waiting for it
                    Optional<Optional<AuthenticatedUser>> renewed = RECENT.once(
                            account.get().getUsername(),
                            password,
                            Duration.ZERO,
                            () -> verify(username, password, address, account, now, true, Duration.ZERO));
                    if (renewed.isPresent() && renewed.get().isPresent()) {
                        return renewed.get();
                    }
                }
                return remembered;
            }
            Optional<Optional<AuthenticatedUser>> verified = RECENT.once(
                    account.get().getUsername(),
                    password,
                    HashingGate.MAX_QUEUE_WAIT,
                    () -> verify(username, password, address, account, now, true, HashingGate.MAX_QUEUE_WAIT));
            if (verified.isPresent()) {
                return verified.get();
            }
            // another request verified the same credentials meanwhile; its answer is remembered if it was right
            found = records.find(username);
            remembered = found.filter(UserAccount::isActive)
                    .filter(user -> !user.isPasswordExpired(now))
                    .flatMap(user -> remembered(user, password, now));
            if (remembered.isPresent()) {
                return remembered;
            }
        }
        return verify(username, password, address, found, now, repeated, HashingGate.MAX_QUEUE_WAIT);
    }

    private static Optional<AuthenticatedUser> remembered(UserAccount user, String password, Instant now) {
        return RECENT.verifiedRecently(
                        user.getUsername(), password, user.getPasswordHash(), user.getSecurityStamp(), now)
                ? Optional.of(authenticated(user, user.getSecurityStamp(), false))
                : Optional.empty();
    }

    /**
     * The full check: PBKDF2 in a turn of the {@link HashingGate}, then the account's state and the login record. A
     * login waits at most {@code maxWait} ({@link HashingGate#MAX_QUEUE_WAIT}) for a turn; a renewal ahead of expiry
     * waits for none (zero): it hashes only when a turn is free, so that under load it never queues behind logins,
     * and it is tried again by a later request while the remembered check still holds.
     */
    private Optional<AuthenticatedUser> verify(
            String username,
            String password,
            String address,
            Optional<UserAccount> found,
            Instant now,
            boolean repeated,
            Duration maxWait) {
        String stored = found.map(UserAccount::getPasswordHash).orElse(DECOY_HASH);
        Optional<Verification> verification = HASHING.inTurn(maxWait, () -> Verification.of(password, stored));
        if (verification.isEmpty()) {
            if (!maxWait.isZero()) {
                LOG.warnf("LOGIN_BUSY user=%s address=%s: no hashing turn in time", printable(username), address);
            }
            return Optional.empty();
        }
        if (found.isEmpty() || !verification.get().matches()) {
            throttle.failed(username, address, clock.instant()); // after hashing: a wait is not spent on it
            found.ifPresent(user -> {
                RECENT.forget(user.getUsername());
                records.failed(user.getUsername());
            });
            return Optional.empty();
        }
        UserAccount user = found.get();
        if (!user.isActive()) {
            RECENT.forget(user.getUsername());
            LOG.infof("LOGIN_REFUSED user=%s address=%s: account inactive", user.getUsername(), address);
            return Optional.empty();
        }
        if (user.isPasswordExpired(now)) {
            RECENT.forget(user.getUsername());
            LOG.infof("LOGIN_REFUSED user=%s address=%s: temporary password expired", user.getUsername(), address);
            return Optional.empty();
        }
        String strongerHash = verification.get().strongerHash();
        long stamp = records.succeeded(user.getUsername(), strongerHash, now);
        throttle.succeeded(username, address, now);
        if (repeated) {
            RECENT.remember(user.getUsername(), password, strongerHash == null ? stored : strongerHash, stamp, now);
        }
        return Optional.of(authenticated(user, stamp, true));
    }

    private static AuthenticatedUser authenticated(UserAccount user, long stamp, boolean verified) {
        return new AuthenticatedUser(
                user.getUsername(),
                user.getDisplayName(),
                user.getRoles().stream().map(Enum::name).collect(Collectors.toUnmodifiableSet()),
                user.isPasswordChangeRequired(),
                stamp,
                verified);
    }

    /** A typed username is untrusted: no control characters in the log, and not too long. */
    private static String printable(String username) {
        String cleaned = username.replaceAll("\\p{Cntrl}", "?");
        return cleaned.length() > 64 ? cleaned.substring(0, 64) + "..." : cleaned;
    }

    /** The outcome of hashing: whether the password matched, and a stronger hash of it when one is due. */
    private record Verification(boolean matches, String strongerHash) {

        static Verification of(String password, String stored) {
            boolean matches = HASHER.verify(password, stored);
            return new Verification(matches, matches && HASHER.needsRehash(stored) ? HASHER.hash(password) : null);
        }
    }
}
