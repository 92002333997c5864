package org.refract.service.platform;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A bounded map for the server's caches of computed results (issue 16): it holds at most its capacity and forgets the
 * least recently used entry first. Safe to share between threads. The caches that use it key their entries by
 * everything the value is computed from, so that an entry is never wrong, only unused, and no server of a cluster has
 * to tell another one about a change.
 *
 * @param <K> what a value is computed from
 * @param <V> the computed value
 */
public final class RecentlyUsed<K, V> {

    private final Map<K, V> entries;

    public RecentlyUsed(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity " + capacity);
        }
        this.entries = new LinkedHashMap<>(Math.min(capacity, 256), 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                return size() > capacity;
            }
        };
    }

    /** The value under {@code key}, or null. */
    public V get(K key) {
        synchronized (entries) {
            return entries.get(key);
        }
    }

    public void put(K key, V value) {
        synchronized (entries) {
            entries.put(key, value);
        }
    }

    /** How many entries the cache holds now. */
    public int size() {
        synchronized (entries) {
            return entries.size();
        }
    }
}
