package org.newsroom.news.account;

import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Failures counted in this node's memory: enough for one node. Memory stays bounded: quiet keys are dropped
 * as they expire, and beyond {@code maxKeys} the key whose last failure is oldest goes first. One lock is
 * plenty for sign-in rates.
 */
final class MemoryFailureStore implements FailureStore {

    private final int maxKeys;
    /** In order of last failure, oldest first: re-inserted on every failure, so expiry scans stop early. */
    private final LinkedHashMap<String, Failures> failures = new LinkedHashMap<>();

    MemoryFailureStore(int maxKeys) {
        if (maxKeys < 1) {
            throw new IllegalArgumentException("maxKeys must be at least 1, not " + maxKeys);
        }
        this.maxKeys = maxKeys;
    }

    @Override
    public synchronized Failures current(String key, Instant forgottenBefore) {
        forgetQuietKeys(forgottenBefore);
        return failures.get(key);
    }

    @Override
    public synchronized void fail(String key, Instant now, Instant forgottenBefore) {
        forgetQuietKeys(forgottenBefore);
        Failures previous = failures.remove(key);
        int count = previous == null ? 1 : saturatedIncrement(previous.count());
        failures.put(key, new Failures(count, now));
        if (failures.size() > maxKeys) {
            Iterator<String> oldest = failures.keySet().iterator();
            oldest.next();
            oldest.remove();
        }
    }

    @Override
    public synchronized void forget(String key) {
        failures.remove(key);
    }

    @Override
    public synchronized int size(Instant forgottenBefore) {
        forgetQuietKeys(forgottenBefore);
        return failures.size();
    }

    private static int saturatedIncrement(int count) {
        return count == Integer.MAX_VALUE ? count : count + 1;
    }

    private void forgetQuietKeys(Instant cutoff) {
        Iterator<Map.Entry<String, Failures>> oldestFirst = failures.entrySet().iterator();
        while (oldestFirst.hasNext()) {
            if (oldestFirst.next().getValue().last().isAfter(cutoff)) {
                return;
            }
            oldestFirst.remove();
        }
    }
}
