package org.refract.service.identity;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Remembers, for a short time, that a username and password were verified against a stored password hash, so
 * that an API client sending HTTP Basic on every request pays the PBKDF2 cost once a minute instead of on every
 * call.
 * <p>
 * Nothing reusable is kept: an entry is an HMAC, under a key made at random when the server starts, of the
 * username, the password and the stored hash it matched. A remembered check therefore stops counting as soon as
 * the stored hash changes (password changed or reset), and the caller still loads the account on every request
 * so that a lock or a deactivation applies at once. Entries expire after {@link #TIME_TO_LIVE}; the map is
 * bounded so that a flood of distinct usernames cannot grow it without limit.
 */
final class RecentCredentials {

    static final Duration TIME_TO_LIVE = Duration.ofSeconds(60);
    static final int MAX_ENTRIES = 10_000;
    private static final String MAC_ALGORITHM = "HmacSHA256";

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private final SecretKeySpec key;

    RecentCredentials() {
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        this.key = new SecretKeySpec(secret, MAC_ALGORITHM);
    }

    /** Whether this exact username, password and stored hash were verified less than a minute before {@code now}. */
    boolean verifiedRecently(String username, String password, String storedHash, Instant now) {
        Entry entry = entries.get(username);
        if (entry == null) {
            return false;
        }
        if (!now.isBefore(entry.expiresAt())) {
            entries.remove(username, entry);
            return false;
        }
        return MessageDigest.isEqual(entry.digest(), digest(username, password, storedHash));
    }

    /** Records a successful full verification. */
    void remember(String username, String password, String storedHash, Instant now) {
        if (entries.size() >= MAX_ENTRIES) {
            entries.values().removeIf(entry -> !now.isBefore(entry.expiresAt()));
            if (entries.size() >= MAX_ENTRIES) {
                entries.clear();
            }
        }
        entries.put(username, new Entry(digest(username, password, storedHash), now.plus(TIME_TO_LIVE)));
    }

    /** Forgets a user's remembered check, e.g. after a failed attempt. */
    void forget(String username) {
        entries.remove(username);
    }

    int size() {
        return entries.size();
    }

    private byte[] digest(String username, String password, String storedHash) {
        try {
            Mac mac = Mac.getInstance(MAC_ALGORITHM);
            mac.init(key);
            mac.update(username.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            mac.update(password.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            return mac.doFinal(storedHash.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException(MAC_ALGORITHM + " is part of every JDK", e);
        }
    }

    private record Entry(byte[] digest, Instant expiresAt) {}
}
