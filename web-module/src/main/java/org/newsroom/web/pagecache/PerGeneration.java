package org.newsroom.web.pagecache;

import java.util.function.Supplier;
import org.newsroom.web.storage.ContentGeneration;

/**
 * A value read from the database once per {@link ContentGeneration} (and at least once a minute,
 * for anything that also depends on the clock, such as a rate turning stale), instead of once per
 * request. Because every committed change moves the generation on, the value is never older than
 * the data it comes from.
 */
public final class PerGeneration<T> {

    private record Held<T>(long generation, long minute, T value) {
    }

    private final Supplier<T> read;
    private volatile Held<T> held;

    public PerGeneration(Supplier<T> read) {
        this.read = read;
    }

    public T get() {
        long generation = ContentGeneration.current();
        long minute = System.currentTimeMillis() / 60_000;
        Held<T> current = held;
        if (current != null && current.generation() == generation && current.minute() == minute) {
            return current.value();
        }
        T value = read.get();
        held = new Held<>(generation, minute, value);
        return value;
    }
}
