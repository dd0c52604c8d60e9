package org.newsroom.web.backup;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;

/**
 * The backup and restore command (README, "Backup and restore"), for the same data directory and
 * database the server uses, read from the same variables:
 * <pre>
 *   backup  [folder]   a backup of the running (or stopped) site, into folder (default &lt;data dir&gt;/backups)
 *   restore file.zip   into an empty data directory (and, for PostgreSQL, an empty database)
 * </pre>
 */
public final class BackupCommand {

    private BackupCommand() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 1 || !(args[0].equals("backup") || args[0].equals("restore") && args.length == 2)) {
            System.err.println("usage: backup [folder] | restore <newsroom-backup-….zip>");
            System.exit(2);
        }
        Path dataDirectory = dataDirectory();
        DatabaseTarget target = DatabaseTarget.fromEnvironment();
        if (!target.isPostgresql()) {
            Class.forName("org.h2.Driver");  // under exec:java, DriverManager may not see the plugin's class path
        }
        if (args[0].equals("backup")) {
            Path folder = args.length > 1 && !args[1].isBlank() ? Path.of(args[1]) : dataDirectory.resolve("backups");
            Path zip;
            try (Connection db = target.isPostgresql() ? null
                    : DriverManager.getConnection(DatabaseTarget.h2Url(dataDirectory), "newsroom", "newsroom")) {
                zip = BackupArchive.take(db, target, dataDirectory.resolve("media"), folder);
            }
            System.out.println("Backup written: " + zip.toAbsolutePath());
        } else {
            System.out.println("Restored " + BackupArchive.restore(Path.of(args[1]), dataDirectory, target));
        }
    }

    /** NEWSROOM_DATA_DIR, default ~/.newsroom: where the server keeps H2 and images. */
    static Path dataDirectory() {
        String configured = System.getenv("NEWSROOM_DATA_DIR");
        return (configured == null || configured.isBlank() ? Path.of(System.getProperty("user.home"), ".newsroom")
                : Path.of(configured.strip())).toAbsolutePath().normalize();
    }
}
