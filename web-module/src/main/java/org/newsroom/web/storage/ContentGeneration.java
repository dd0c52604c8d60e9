package org.newsroom.web.storage;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A number that moves on whenever something a reader can see may have changed: a cached page is
 * good only for the generation it was rendered in. Static because EclipseLink, not CDI, creates
 * the listener that moves it ({@link PublicContentWatch}); one application has one.
 *
 * <p>Each committed change is also handed, as a {@link PublicChange}, to whoever listens
 * ({@code web.cluster}: the other nodes and the front cache), in the committing thread, before the
 * writer's answer is sent.
 */
public final class ContentGeneration {

    private static final Logger LOG = Logger.getLogger(ContentGeneration.class.getName());
    private static final AtomicLong CURRENT = new AtomicLong();
    private static final String NODE = UUID.randomUUID().toString();
    private static final List<Consumer<PublicChange>> LISTENERS = new CopyOnWriteArrayList<>();

    private ContentGeneration() {
    }

    public static long current() {
        return CURRENT.get();
    }

    public static void advance() {
        CURRENT.incrementAndGet();
    }

    /** This application instance, as the origin of the changes it commits. */
    public static String node() {
        return NODE;
    }

    public static void onCommitted(Consumer<PublicChange> listener) {
        LISTENERS.add(listener);
    }

    public static void stopTelling(Consumer<PublicChange> listener) {
        LISTENERS.remove(listener);
    }

    /** After a commit: this instance's pages are retired, then the listeners are told. Their trouble is never the writer's. */
    static void committed(PublicChange change) {
        advance();
        for (Consumer<PublicChange> listener : LISTENERS) {
            try {
                listener.accept(change);
            } catch (RuntimeException trouble) {
                LOG.log(Level.WARNING, "Could not pass on a public change " + change, trouble);
            }
        }
    }
}
