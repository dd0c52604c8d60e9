package org.newsroom.web.storage;

import java.util.concurrent.atomic.AtomicLong;

/**
 * A number that moves on whenever something a reader can see may have changed: a cached page is
 * good only for the generation it was rendered in. Static because EclipseLink, not CDI, creates
 * the listener that moves it ({@link PublicContentWatch}); one application has one.
 */
public final class ContentGeneration {

    private static final AtomicLong CURRENT = new AtomicLong();

    private ContentGeneration() {
    }

    public static long current() {
        return CURRENT.get();
    }

    public static void advance() {
        CURRENT.incrementAndGet();
    }
}
