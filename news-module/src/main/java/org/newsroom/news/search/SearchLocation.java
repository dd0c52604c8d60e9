package org.newsroom.news.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.newsroom.news.media.MediaSettings;
import org.newsroom.news.settings.Settings;

/**
 * Where a node keeps its search index: {@value #VARIABLE}, by default the data directory's {@code search}
 * folder. Each node has an index of its own, in the first free {@code node-1}, {@code node-2}… folder under it
 * (free: no running node holds Lucene's write lock on it), so nodes that share a data directory, or run on
 * one machine, never write one index together — and a restarted node finds an index to reuse. Every such
 * index mirrors the same database, so which node takes which folder does not matter.
 */
public final class SearchLocation {

    public static final String VARIABLE = "NEWSROOM_SEARCH_DIR";
    static final String FOLDER = "search";
    /** More nodes than this on one search folder would be a mistake (each needs its own disk space). */
    static final int MOST_NODES = 32;

    private SearchLocation() {
    }

    /** @throws org.newsroom.news.settings.SettingInvalid naming the variable when it is not an absolute path */
    public static Path directory(Settings settings) {
        String configured = settings.text(VARIABLE);
        if (configured == null) {
            return MediaSettings.dataDirectory().resolve(FOLDER);
        }
        try {
            Path path = Path.of(configured);
            if (!path.isAbsolute()) {
                throw Settings.invalid(VARIABLE, configured, "an absolute directory, e.g. /var/lib/newsroom/search");
            }
            return path.normalize();
        } catch (InvalidPathException notAPath) {
            throw Settings.invalid(VARIABLE, configured, "an absolute directory, e.g. /var/lib/newsroom/search");
        }
    }

    /** An open index in the first folder under {@code directory} that no running node holds. */
    public static Opened openFreeSlot(Path directory) {
        for (int slot = 1; slot <= MOST_NODES; slot++) {
            Path folder = directory.resolve("node-" + slot);
            Directory lucene = null;
            try {
                Files.createDirectories(folder);
                lucene = FSDirectory.open(folder);
                return new Opened(folder, new ArticleSearchIndex(lucene));
            } catch (UncheckedIOException e) {
                closeQuietly(lucene);
                if (!(e.getCause() instanceof LockObtainFailedException)) {
                    throw unusable(folder, e.getCause());
                }
                // another node of this machine or this data directory has it: try the next
            } catch (IOException e) {
                closeQuietly(lucene);
                throw unusable(folder, e);
            }
        }
        throw new IllegalStateException("All " + MOST_NODES + " search index folders under " + directory
                + " are held by running nodes; set " + VARIABLE + " to a folder of this node's own");
    }

    /** An index and the folder it lives in. */
    public record Opened(Path folder, ArticleSearchIndex index) {
    }

    private static IllegalStateException unusable(Path folder, Throwable cause) {
        return new IllegalStateException("Cannot use the search index folder " + folder + " (" + VARIABLE
                + "): " + cause, cause);
    }

    private static void closeQuietly(Directory directory) {
        if (directory != null) {
            try {
                directory.close();
            } catch (IOException ignored) {
                // it held nothing yet
            }
        }
    }
}
