package org.newsroom.web.storage;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;
import org.newsroom.news.media.MediaSettings;

/**
 * One data directory holds the embedded H2 database ({@code <dir>/db/newsroom}), the images
 * ({@code <dir>/media}) and the backups ({@code <dir>/backups}); {@value MediaSettings#DATA_DIR_VARIABLE}
 * (default {@code ~/.newsroom}) names it, read at run time. The server's datasource is defined outside the
 * application (a post-boot file, a CLI script, asadmin), and every one Newsroom ships reads the same
 * variable with the same default; this check makes sure the server really did: a database in one place
 * and images in another would split every backup and lose images on a move, so such a start is refused.
 */
public final class EmbeddedDatabaseLocation {

    /** The H2 database's path inside the data directory, without H2's {@code .mv.db} suffix. */
    public static final String DATABASE = "db/newsroom";

    private EmbeddedDatabaseLocation() {
    }

    /**
     * @param h2DatabasePath what H2's {@code DATABASE_PATH()} answers for the open database
     * @param dataDirectory  the data directory the application uses for images and backups
     * @return why the two disagree, naming the variable; empty when the database is where it belongs
     */
    public static Optional<String> mismatch(String h2DatabasePath, Path dataDirectory) {
        Path expected = dataDirectory.toAbsolutePath().normalize().resolve(DATABASE);
        Path actual;
        try {
            actual = Path.of(h2DatabasePath).toAbsolutePath().normalize();
        } catch (InvalidPathException e) {
            actual = null;
        }
        if (expected.equals(actual)) {
            return Optional.empty();
        }
        return Optional.of("The embedded H2 database is " + h2DatabasePath + ", but " + MediaSettings.DATA_DIR_VARIABLE
                + " makes " + dataDirectory + " the data directory for images and backups; they must be one directory. "
                + "Point the server's jdbc/newsroom at jdbc:h2:file:${" + MediaSettings.DATA_DIR_VARIABLE + "}/" + DATABASE
                + " (the shipped Payara Micro post-boot file and WildFly CLI script do) or set "
                + MediaSettings.DATA_DIR_VARIABLE + " to the database's data directory.");
    }
}
