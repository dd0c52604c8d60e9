package org.newsroom.web.backup;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * One backup is one zip: {@code db/} the database as its own tool saves it while the site runs (H2's
 * online {@code BACKUP TO}, a consistent copy of the database file; PostgreSQL's {@code pg_dump}, one
 * snapshot), {@code media/} every image, and {@code backup.txt} saying which it is. Images are copied
 * after the database: they are written before the rows that name them and never change or go, so
 * every image the database copy names is in the zip. Staff passwords are in it only as the PBKDF2
 * hashes the accounts table keeps. Plain Java, used by the admin page and by {@link BackupCommand}.
 */
public final class BackupArchive {

    static final String MANIFEST = "backup.txt";
    static final String H2_FILE = "newsroom.mv.db";
    static final String PG_DUMP_FILE = "newsroom.pgdump";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private BackupArchive() {
    }

    /** Takes a backup into {@code folder}; returns the zip. */
    public static Path take(Connection db, DatabaseTarget target, Path mediaDirectory, Path folder)
            throws IOException, SQLException, InterruptedException {
        Files.createDirectories(folder);
        String name = "newsroom-backup-" + LocalDateTime.now(Clock.systemUTC()).format(STAMP);
        Path work = Files.createTempDirectory(folder, "." + name + "-");
        try {
            Path database = target.isPostgresql() ? work.resolve(PG_DUMP_FILE) : work.resolve("h2.zip");
            if (target.isPostgresql()) {
                target.pgDump(database);
            } else {
                try (Statement statement = db.createStatement()) {
                    statement.execute("BACKUP TO '" + database.toAbsolutePath().toString().replace("'", "''") + "'");
                }
            }
            Path partial = work.resolve(name + ".zip");
            int images = 0;
            try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(partial))) {
                if (target.isPostgresql()) {
                    add(zip, "db/" + PG_DUMP_FILE, database);
                } else {
                    copyEntries(database, zip, "db/");
                }
                for (Path image : images(mediaDirectory)) {
                    add(zip, "media/" + image.getFileName(), image);
                    images++;
                }
                zip.putNextEntry(new ZipEntry(MANIFEST));
                zip.write(("database=" + (target.isPostgresql() ? "postgresql" : "h2") + "\nimages=" + images
                        + "\ntaken=" + LocalDateTime.now(Clock.systemUTC()) + "Z\n").getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
            try (var channel = java.nio.channels.FileChannel.open(partial, java.nio.file.StandardOpenOption.WRITE)) {
                channel.force(true);
            }
            // Only a whole backup ever carries the name: a half-written one stays in the hidden work folder.
            return Files.move(partial, folder.resolve(name + ".zip"), StandardCopyOption.ATOMIC_MOVE);
        } finally {
            deleteTree(work);
        }
    }

    /**
     * Restores a backup into an empty data directory: H2's file goes to {@code <dir>/db/}, images to
     * {@code <dir>/media/}; for PostgreSQL the dump goes into the (empty) database {@code target} names.
     *
     * @throws IllegalStateException when the data directory already holds a database or images
     */
    public static String restore(Path backup, Path dataDirectory, DatabaseTarget target) throws IOException, InterruptedException {
        Path db = dataDirectory.resolve("db");
        Path media = dataDirectory.resolve("media");
        if (!empty(db) || !empty(media)) {
            throw new IllegalStateException("Restore only into an empty data directory: " + dataDirectory
                    + " already has a database or images (NEWSROOM_DATA_DIR chooses another)");
        }
        try (ZipFile zip = new ZipFile(backup.toFile())) {
            String manifest = new String(zip.getInputStream(required(zip, MANIFEST)).readAllBytes(), StandardCharsets.UTF_8);
            boolean postgresql = manifest.contains("database=postgresql");
            if (postgresql != target.isPostgresql()) {
                throw new IllegalStateException("This backup is of " + (postgresql ? "PostgreSQL" : "H2")
                        + "; restore it with " + (postgresql ? "NEWSROOM_DB_URL set to an empty PostgreSQL database" : "NEWSROOM_DB_URL unset"));
            }
            Files.createDirectories(media);
            int images = 0;
            for (Enumeration<? extends ZipEntry> entries = zip.entries(); entries.hasMoreElements(); ) {
                ZipEntry entry = entries.nextElement();
                String name = entry.getName();
                String file = name.substring(name.lastIndexOf('/') + 1);
                if (entry.isDirectory() || file.isEmpty() || file.startsWith(".")) {
                    continue;
                }
                if (name.startsWith("media/")) {
                    copy(zip, entry, media.resolve(file));
                    images++;
                } else if (name.startsWith("db/") && !postgresql) {
                    Files.createDirectories(db);
                    copy(zip, entry, db.resolve(file));
                } else if (name.equals("db/" + PG_DUMP_FILE)) {
                    Path dump = Files.createTempFile("newsroom-restore", ".pgdump");
                    try {
                        copy(zip, entry, dump);
                        target.pgRestore(dump);
                    } finally {
                        Files.deleteIfExists(dump);
                    }
                }
            }
            return (postgresql ? "PostgreSQL database" : "H2 database in " + db) + " and " + images + " images in " + media;
        }
    }

    /** The backups in a folder, newest first (never the hidden work folders of one being taken). */
    public static List<Path> list(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().matches("newsroom-backup-\\d{8}-\\d{6}\\.zip"))
                    .sorted(java.util.Comparator.comparing(Path::getFileName).reversed())
                    .toList();
        }
    }

    private static List<Path> images(Path mediaDirectory) throws IOException {
        if (!Files.isDirectory(mediaDirectory)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(mediaDirectory)) {
            // Temporary files of uploads under way start with a dot and are never part of the library.
            return new ArrayList<>(files.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().startsWith("."))
                    .sorted().toList());
        }
    }

    private static void copyEntries(Path h2Backup, ZipOutputStream zip, String prefix) throws IOException {
        try (ZipFile source = new ZipFile(h2Backup.toFile())) {
            for (Enumeration<? extends ZipEntry> entries = source.entries(); entries.hasMoreElements(); ) {
                ZipEntry entry = entries.nextElement();
                zip.putNextEntry(new ZipEntry(prefix + entry.getName()));
                try (InputStream in = source.getInputStream(entry)) {
                    in.transferTo(zip);
                }
                zip.closeEntry();
            }
        }
    }

    private static void add(ZipOutputStream zip, String name, Path file) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        Files.copy(file, zip);
        zip.closeEntry();
    }

    private static ZipEntry required(ZipFile zip, String name) {
        ZipEntry entry = zip.getEntry(name);
        if (entry == null) {
            throw new IllegalStateException(zip.getName() + " is not a newsroom backup (no " + name + ")");
        }
        return entry;
    }

    private static void copy(ZipFile zip, ZipEntry entry, Path to) throws IOException {
        try (InputStream in = zip.getInputStream(entry); OutputStream out = Files.newOutputStream(to)) {
            in.transferTo(out);
        }
    }

    private static boolean empty(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return true;
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.findAny().isEmpty();
        }
    }

    private static void deleteTree(Path folder) throws IOException {
        if (Files.exists(folder)) {
            try (Stream<Path> files = Files.walk(folder)) {
                for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(file);
                }
            }
        }
    }
}
