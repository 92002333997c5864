package org.refract.service.identity;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows password guessing down without letting anyone lock a user out. Failed logins are counted, atomically, per
 * account and client address, per client address, and per account; past a free allowance each further failure
 * doubles the wait before the next attempt is even checked (no hashing while waiting):
 * <ul>
 * <li>per account and address: 5 free failures, then up to 15 minutes (guessing one password from one place);</li>
 * <li>per address, over every username typed there: 100 free failures, then up to a minute (spraying many
 * accounts);</li>
 * <li>per account over all addresses: 30 free failures, then up to a minute (a distributed attack).</li>
 * </ul>
 * The last two never apply to an address the account has logged in from before: neither a stranger elsewhere nor a
 * colleague mistyping behind the same hospital address can keep a user out. A refused attempt does not extend a
 * wait; a successful login clears its account's counts. Usernames are counted whether or not they exist, so a wait
 * says nothing about an account. Failures are forgotten an hour after the last one, known addresses after 30 days.
 * State is held per server node, in memory, and bounded (a deliberate exception to keeping no state in
 * application-scoped beans: it is a cache of attempts, not user state).
 */
@ApplicationScoped
class LoginThrottle {

    static final Limit PER_ADDRESS = new Limit(100, Duration.ofMinutes(1));
    static final Limit PER_ACCOUNT_AND_ADDRESS = new Limit(5, Duration.ofMinutes(15));
    static final Limit PER_ACCOUNT = new Limit(30, Duration.ofMinutes(1));
    /** Failures are forgotten this long after the last one (once no wait is in force). */
    static final Duration FAILURE_MEMORY = Duration.ofHours(1);
    /** An address an account logged in from stays known this long after that login. */
    static final Duration KNOWN_ADDRESS_MEMORY = Duration.ofDays(30);

    static final int MAX_ENTRIES = 50_000;

    private final Map<String, Failures> failures = new ConcurrentHashMap<>();
    private final Map<String, Instant> knownAddresses = new ConcurrentHashMap<>();

    /** When the next attempt of this username from this address may be checked; empty when it may be now. */
    Optional<Instant> waitUntil(String username, String address, Instant now) {
        String account = normalised(username);
        Instant until = until(pairKey(account, address), PER_ACCOUNT_AND_ADDRESS, now);
        if (!isKnown(account, address, now)) {
            until = later(until, until(addressKey(address), PER_ADDRESS, now));
            until = later(until, until(accountKey(account), PER_ACCOUNT, now));
        }
        return Optional.ofNullable(until);
    }

    /** Counts a failed check of this username from this address. */
    void failed(String username, String address, Instant now) {
        String account = normalised(username);
        if (failures.size() >= MAX_ENTRIES) {
            evictIdle(now);
        }
        count(addressKey(address), PER_ADDRESS, now);
        count(pairKey(account, address), PER_ACCOUNT_AND_ADDRESS, now);
        count(accountKey(account), PER_ACCOUNT, now);
    }

    /** A successful login: the account's counts restart and the address becomes known for it. */
    void succeeded(String username, String address, Instant now) {
        String account = normalised(username);
        failures.remove(pairKey(account, address));
        failures.remove(accountKey(account));
        if (knownAddresses.size() >= MAX_ENTRIES) {
            evictIdle(now);
        }
        knownAddresses.put(pairKey(account, address), now);
    }

    /** An administrator lifts an account's waits (all addresses). */
    void clear(String username) {
        String account = normalised(username);
        failures.remove(accountKey(account));
        failures.keySet().removeIf(key -> key.startsWith("pair:" + account + "\u0000"));
    }

    /** The wait in force for an account over all addresses, for the administrator's page. */
    Optional<Instant> accountWaitUntil(String username, Instant now) {
        return Optional.ofNullable(until(accountKey(normalised(username)), PER_ACCOUNT, now));
    }

    int size() {
        return failures.size() + knownAddresses.size();
    }

    private void count(String key, Limit limit, Instant now) {
        failures.compute(key, (k, previous) -> {
            Failures current = previous == null || previous.idleAt(now) ? Failures.NONE : previous;
            return current.waitingAt(now) ? current : current.plusOne(limit, now);
        });
    }

    private Instant until(String key, Limit limit, Instant now) {
        Failures current = failures.get(key);
        return current != null && current.waitingAt(now) ? current.until() : null;
    }

    private boolean isKnown(String account, String address, Instant now) {
        Instant seen = knownAddresses.get(pairKey(account, address));
        return seen != null && now.isBefore(seen.plus(KNOWN_ADDRESS_MEMORY));
    }

    private void evictIdle(Instant now) {
        failures.values().removeIf(f -> f.idleAt(now));
        knownAddresses.values().removeIf(seen -> !now.isBefore(seen.plus(KNOWN_ADDRESS_MEMORY)));
        if (failures.size() >= MAX_ENTRIES) {
            failures.clear();
        }
        if (knownAddresses.size() >= MAX_ENTRIES) {
            knownAddresses.clear();
        }
    }

    private static Instant later(Instant a, Instant b) {
        if (a == null) {
            return b;
        }
        return b == null || a.isAfter(b) ? a : b;
    }

    private static String normalised(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }

    private static String addressKey(String address) {
        return "addr:" + address;
    }

    private static String accountKey(String account) {
        return "acct:" + account;
    }

    private static String pairKey(String account, String address) {
        return "pair:" + account + "\u0000" + address;
    }

    /**
     * Failures free before waits begin, and the longest wait.
     *
     * @param free failures allowed without a wait
     * @param longest the cap of the doubling wait
     */
    record Limit(int free, Duration longest) {

        /** One second after the first failure past the allowance, doubling with each further one. */
        Duration waitAfter(int count) {
            if (count <= free) {
                return Duration.ZERO;
            }
            int doublings = Math.min(count - free - 1, 30);
            Duration wait = Duration.ofSeconds(1L << doublings);
            return wait.compareTo(longest) > 0 ? longest : wait;
        }
    }

    private record Failures(int count, Instant last, Instant until) {

        static final Failures NONE = new Failures(0, Instant.EPOCH, null);

        Failures plusOne(Limit limit, Instant now) {
            int next = count + 1;
            Duration wait = limit.waitAfter(next);
            return new Failures(next, now, wait.isZero() ? null : now.plus(wait));
        }

        boolean waitingAt(Instant now) {
            return until != null && now.isBefore(until);
        }

        boolean idleAt(Instant now) {
            return !waitingAt(now) && !now.isBefore(last.plus(FAILURE_MEMORY));
        }
    }
}
