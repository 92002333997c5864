package org.refract.service.identity;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Remembers, for a short time, that a username and password were verified against a stored password hash, so
 * that an API client sending HTTP Basic on every request pays the PBKDF2 cost once every five minutes instead of on
 * every call.
 * <p>
 * Nothing reusable is kept: an entry is an HMAC, under a key made at random when the server starts, of the
 * username, the password, the stored hash it matched and the account's security stamp. A remembered check therefore
 * stops counting as soon as the stored hash changes (password changed or reset) or the stamp moves on (sessions
 * ended, roles or teams changed), and the caller still loads the account on every request so that a deactivation
 * applies at once. Entries expire after {@link #TIME_TO_LIVE}; the map is bounded so that a flood of distinct
 * usernames cannot grow it without limit.
 * <p>
 * When an entry expires, every client of that account misses at the same moment; {@link #once} lets one of them
 * compute the hash while the others wait for its answer, so an expiry costs one hash per account, not one per
 * connection. For a client that keeps calling, it does not come to that: in the last {@link #REFRESH_AHEAD} of an
 * entry's life ({@link #refreshDue}) one request verifies the password in full again and renews the entry while the
 * others go on with the entry still valid, so that no request waits for a hash another one computes (issue 16: an
 * expiry stopped every connection of an account for the length of a hash, once a minute).
 */
final class RecentCredentials {

    static final Duration TIME_TO_LIVE = Duration.ofMinutes(5);
    static final Duration REFRESH_AHEAD = Duration.ofMinutes(1);
    static final int MAX_ENTRIES = 10_000;
    private static final String MAC_ALGORITHM = "HmacSHA256";

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private final Map<String, CompletableFuture<Void>> inFlight = new ConcurrentHashMap<>();
    private final SecretKeySpec key;

    RecentCredentials() {
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        this.key = new SecretKeySpec(secret, MAC_ALGORITHM);
    }

    /**
     * Whether this exact username, password, stored hash and security stamp were verified less than
     * {@link #TIME_TO_LIVE} before {@code now}.
     */
    boolean verifiedRecently(String username, String password, String storedHash, long stamp, Instant now) {
        Entry entry = entries.get(username);
        if (entry == null) {
            return false;
        }
        if (!now.isBefore(entry.expiresAt())) {
            entries.remove(username, entry);
            return false;
        }
        return MessageDigest.isEqual(entry.digest(), digest(username, password, storedHash, stamp));
    }

    /**
     * Whether the user's remembered check, found valid at {@code now}, is in the last {@link #REFRESH_AHEAD} of its
     * life, so that a full verification should renew it before it expires.
     */
    boolean refreshDue(String username, Instant now) {
        Entry entry = entries.get(username);
        return entry != null && !now.isBefore(entry.expiresAt().minus(REFRESH_AHEAD));
    }

    /**
     * Runs {@code verification} unless the same username and password are being verified by another request at this
     * moment; then waits for that one to finish (at most {@code maxWait}) and answers empty, so that the caller looks
     * at {@link #verifiedRecently} again instead of hashing the same password a second time. With a zero
     * {@code maxWait} it does not wait at all (a renewal ahead of expiry, which one request is enough for).
     */
    <T> Optional<T> once(String username, String password, Duration maxWait, Supplier<T> verification) {
        String key = username + '\u0000' + Base64.getEncoder().encodeToString(digest(username, password, "", 0));
        CompletableFuture<Void> mine = new CompletableFuture<>();
        CompletableFuture<Void> running = inFlight.putIfAbsent(key, mine);
        if (running != null) {
            try {
                running.get(maxWait.toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (ExecutionException | TimeoutException e) {
                // the other request failed or is slow: the caller verifies on its own
            }
            return Optional.empty();
        }
        try {
            return Optional.of(verification.get());
        } finally {
            inFlight.remove(key, mine);
            mine.complete(null);
        }
    }

    /** Records a successful full verification. */
    void remember(String username, String password, String storedHash, long stamp, Instant now) {
        if (entries.size() >= MAX_ENTRIES) {
            entries.values().removeIf(entry -> !now.isBefore(entry.expiresAt()));
            if (entries.size() >= MAX_ENTRIES) {
                entries.clear();
            }
        }
        entries.put(username, new Entry(digest(username, password, storedHash, stamp), now.plus(TIME_TO_LIVE)));
    }

    /** Forgets a user's remembered check, e.g. after a failed attempt. */
    void forget(String username) {
        entries.remove(username);
    }

    int size() {
        return entries.size();
    }

    private byte[] digest(String username, String password, String storedHash, long stamp) {
        try {
            Mac mac = Mac.getInstance(MAC_ALGORITHM);
            mac.init(key);
            mac.update(username.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            mac.update(password.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            mac.update(storedHash.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            return mac.doFinal(Long.toString(stamp).getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException(MAC_ALGORITHM + " is part of every JDK", e);
        }
    }

    private record Entry(byte[] digest, Instant expiresAt) {}
}
