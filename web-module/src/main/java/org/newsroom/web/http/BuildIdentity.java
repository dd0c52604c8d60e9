package org.newsroom.web.http;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * Which build of Newsroom is running: the version and the moment Maven built it, from
 * {@code newsroom-build.properties} (filtered at build time). Part of every validator that stands
 * for rendered markup, so a redeploy that changes the markup changes the ETag, and a browser holding
 * the old page gets the new one instead of 304.
 */
public final class BuildIdentity {

    private static final String ID = read();

    private BuildIdentity() {
    }

    public static String id() {
        return ID;
    }

    private static String read() {
        try (InputStream in = BuildIdentity.class.getResourceAsStream("/newsroom-build.properties")) {
            if (in == null) {
                return "unbuilt";  // run from an IDE without Maven's resource filtering
            }
            Properties build = new Properties();
            build.load(in);
            return build.getProperty("version", "?") + "@" + build.getProperty("built", "?");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
