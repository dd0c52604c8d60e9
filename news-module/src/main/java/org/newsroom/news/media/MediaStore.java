package org.newsroom.news.media;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Image files on disk, content-addressed: each is named {@code <sha256>.<extension>}, the SHA-256 of its
 * bytes in lower-case hex. Identical uploads share one file, and a file, once there, never changes, so
 * anything serving it may be cached for good.
 *
 * <p>Writes are atomic: the bytes go to a temporary file in the same folder, are forced to the disk, and
 * the file is then renamed into place and the folder itself forced, so a reader never sees half an
 * image, even when two instances store the same picture at once, and a stored image survives a crash
 * of the machine right after (the database row that names it commits only after this returns). Names are computed, never taken from a request or an upload, so no
 * name can point outside the folder. Plain Java; thread-safe (it holds no state but the folder).
 */
public final class MediaStore {

    private static final Pattern SHA256_HEX = Pattern.compile("[0-9a-f]{64}");
    private static final String TEMP_PREFIX = ".incoming-";

    private final Path directory;

    /** @param directory the folder to keep images in; created on the first store */
    public MediaStore(Path directory) {
        this.directory = Objects.requireNonNull(directory, "directory").toAbsolutePath().normalize();
    }

    public Path directory() {
        return directory;
    }

    /** Lower-case hex SHA-256 of the bytes. */
    public static String sha256Hex(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    /** @throws IllegalArgumentException unless it is 64 lower-case hex digits */
    public static String requireSha256(String sha256) {
        if (sha256 == null || !SHA256_HEX.matcher(sha256).matches()) {
            throw new IllegalArgumentException("not a SHA-256 in lower-case hex: " + sha256);
        }
        return sha256;
    }

    /**
     * Stores the bytes unless a file with the same content is already there.
     *
     * @return the content's SHA-256, which with the kind names the file
     * @throws MediaUnwritable when the folder cannot be written (full, read-only, not permitted); no file
     *         of that name is left behind, whole or half
     */
    public String store(byte[] content, ImageKind kind) {
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(kind, "kind");
        String sha256 = sha256Hex(content);
        write(file(sha256, kind), content);
        return sha256;
    }

    /**
     * Stores a smaller copy of the image with this SHA-256 as {@code <sha256>-<width>.<extension>}, beside
     * the original, with the same atomic, durable write. The same rendition made twice (two instances, a
     * restart half-way) simply replaces itself with an equivalent file.
     */
    public void storeRendition(String sha256, int width, String extension, byte[] content) {
        write(renditionFile(sha256, width, extension), Objects.requireNonNull(content, "content"));
    }

    /** Where the rendition {@code width} pixels wide in this format is (whether or not it exists). */
    public Path renditionFile(String sha256, int width, String extension) {
        if (width <= 0 || extension == null || !extension.matches("[a-z]{3,4}")) {
            throw new IllegalArgumentException("no rendition " + width + "." + extension);
        }
        Path file = directory.resolve(requireSha256(sha256) + "-" + width + "." + extension);
        if (!directory.equals(file.getParent())) {
            throw new IllegalStateException("a computed name left the media folder: " + file);
        }
        return file;
    }

    private void write(Path target, byte[] content) {
        try {
            if (Files.isRegularFile(target) && Files.size(target) == content.length) {
                return;
            }
            Files.createDirectories(directory);
            Path temporary = Files.createTempFile(directory, TEMP_PREFIX, ".tmp");
            try {
                try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
                    ByteBuffer remaining = ByteBuffer.wrap(content);
                    while (remaining.hasRemaining()) {
                        channel.write(remaining);
                    }
                    channel.force(true);
                }
                readableByOthers(temporary);
                moveIntoPlace(temporary, target);
                forceDirectory();
            } finally {
                deleteQuietly(temporary);
            }
        } catch (IOException e) {
            throw new MediaUnwritable(directory, e);
        }
    }

    /** The rename is only durable once the folder's own entry is on the disk. */
    private void forceDirectory() throws IOException {
        try (FileChannel folder = FileChannel.open(directory, StandardOpenOption.READ)) {
            folder.force(true);
        } catch (UnsupportedOperationException | java.nio.file.AccessDeniedException notOnThisSystem) {
            // Windows cannot open a folder as a channel; its rename is durable by itself.
        }
    }

    /** A temporary file that could not be removed is invisible anyway: no image's name starts with a dot. */
    private static void deleteQuietly(Path temporary) {
        try {
            Files.deleteIfExists(temporary);
        } catch (IOException ignored) {
            // read-only by now: nothing more can be done, and nothing serves it
        }
    }

    private static void moveIntoPlace(Path temporary, Path target) throws IOException {
        try {
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (FileAlreadyExistsException sameContentArrivedFirst) {
            // Same name, same SHA-256: the file that won is this one's twin.
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Temporary files are private to their owner; a stored image may be read by a web server in front, too. */
    private static void readableByOthers(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        } catch (UnsupportedOperationException notPosix) {
            // Windows: the folder's permissions apply.
        }
    }

    /** Where the file for this content and kind is (whether or not it exists). */
    public Path file(String sha256, ImageKind kind) {
        Path file = directory.resolve(requireSha256(sha256) + "." + Objects.requireNonNull(kind, "kind").extension());
        if (!directory.equals(file.getParent())) {
            throw new IllegalStateException("a computed name left the media folder: " + file);
        }
        return file;
    }

    public boolean contains(String sha256, ImageKind kind) {
        return Files.isRegularFile(file(sha256, kind));
    }

    /** @throws java.nio.file.NoSuchFileException when it is not stored */
    public InputStream open(String sha256, ImageKind kind) throws IOException {
        return Files.newInputStream(file(sha256, kind));
    }

    /** @throws java.nio.file.NoSuchFileException when it is not stored */
    public byte[] read(String sha256, ImageKind kind) throws IOException {
        return Files.readAllBytes(file(sha256, kind));
    }
}
