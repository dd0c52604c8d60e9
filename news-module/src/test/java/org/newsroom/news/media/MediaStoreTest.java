package org.newsroom.news.media;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MediaStoreTest {

    @TempDir
    Path temp;

    private static byte[] png(String payload) {
        byte[] magic = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
        byte[] rest = payload.getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[magic.length + rest.length];
        System.arraycopy(magic, 0, all, 0, magic.length);
        System.arraycopy(rest, 0, all, magic.length, rest.length);
        return all;
    }

    private static List<Path> filesIn(Path directory) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            return files.sorted().toList();
        }
    }

    @Test
    void writesUnderTheContentsHashAndReadsItBack() throws IOException {
        MediaStore store = new MediaStore(temp.resolve("media"));
        byte[] content = png("first picture");

        String sha = store.store(content, ImageKind.PNG);

        assertEquals(MediaStore.sha256Hex(content), sha);
        assertEquals(64, sha.length());
        Path file = temp.resolve("media").resolve(sha + ".png");
        assertEquals(file, store.file(sha, ImageKind.PNG));
        assertTrue(Files.isRegularFile(file));
        assertTrue(store.contains(sha, ImageKind.PNG));
        assertArrayEquals(content, store.read(sha, ImageKind.PNG));
        try (InputStream in = store.open(sha, ImageKind.PNG)) {
            assertArrayEquals(content, in.readAllBytes());
        }
        assertEquals(List.of(file), filesIn(store.directory()), "no temporary file is left behind");
    }

    @Test
    void knownDigest() {
        assertEquals("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", MediaStore.sha256Hex(new byte[0]));
    }

    @Test
    void sameContentSharesOneFileAndIsNotRewritten() throws IOException {
        MediaStore store = new MediaStore(temp);
        byte[] content = png("same picture");

        String first = store.store(content, ImageKind.PNG);
        Path file = store.file(first, ImageKind.PNG);
        var written = Files.getLastModifiedTime(file);
        var identity = Files.readAttributes(file, java.nio.file.attribute.BasicFileAttributes.class).fileKey();
        String second = store.store(content.clone(), ImageKind.PNG);

        assertEquals(first, second);
        assertEquals(List.of(file), filesIn(temp));
        assertEquals(written, Files.getLastModifiedTime(file));
        assertEquals(identity, Files.readAttributes(file, java.nio.file.attribute.BasicFileAttributes.class).fileKey(),
                "the existing file is kept, not replaced");
    }

    @Test
    void differentContentGetsItsOwnFile() throws IOException {
        MediaStore store = new MediaStore(temp);

        String a = store.store(png("picture a"), ImageKind.PNG);
        String b = store.store(png("picture b"), ImageKind.PNG);

        assertNotEquals(a, b);
        assertEquals(2, filesIn(temp).size());
        assertArrayEquals(png("picture a"), store.read(a, ImageKind.PNG));
        assertArrayEquals(png("picture b"), store.read(b, ImageKind.PNG));
    }

    @Test
    void aTruncatedFileIsReplacedByTheWholeOne() throws IOException {
        MediaStore store = new MediaStore(temp);
        byte[] content = png("whole picture");
        String sha = MediaStore.sha256Hex(content);
        Files.write(store.file(sha, ImageKind.PNG), new byte[] {1, 2, 3});

        store.store(content, ImageKind.PNG);

        assertArrayEquals(content, store.read(sha, ImageKind.PNG));
    }

    @Test
    void theSameContentStoredAtOnceEndsAsOneWholeFile() throws Exception {
        MediaStore store = new MediaStore(temp.resolve("media"));
        byte[] content = new byte[512 * 1024];
        content[0] = (byte) 0xFF;
        content[1] = (byte) 0xD8;
        content[2] = (byte) 0xFF;
        for (int i = 3; i < content.length; i++) {
            content[i] = (byte) (i * 31);
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> results = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                results.add(pool.submit(() -> store.store(content, ImageKind.JPEG)));
            }
            for (Future<String> result : results) {
                assertEquals(MediaStore.sha256Hex(content), result.get());
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, filesIn(store.directory()).size());
        assertArrayEquals(content, store.read(MediaStore.sha256Hex(content), ImageKind.JPEG));
    }

    @Test
    void theKindGivesTheExtension() {
        MediaStore store = new MediaStore(temp);
        String sha = MediaStore.sha256Hex(new byte[] {1});

        assertEquals(sha + ".jpg", store.file(sha, ImageKind.JPEG).getFileName().toString());
        assertEquals(sha + ".webp", store.file(sha, ImageKind.WEBP).getFileName().toString());
    }

    @Test
    void onlyComputedNamesAreAccepted() {
        MediaStore store = new MediaStore(temp);

        for (String bad : new String[] {null, "", "../../etc/passwd", "abc",
                "E3B0C44298FC1C149AFBF4C8996FB92427AE41E4649B934CA495991B7852B855",
                "../" + "0".repeat(61), "0".repeat(63) + "/", "0".repeat(65)}) {
            assertThrows(IllegalArgumentException.class, () -> store.file(bad, ImageKind.PNG), String.valueOf(bad));
        }
    }

    @Test
    void missingFilesAreNotFound() {
        MediaStore store = new MediaStore(temp);
        String sha = MediaStore.sha256Hex(new byte[] {42});

        assertFalse(store.contains(sha, ImageKind.PNG));
        assertThrows(NoSuchFileException.class, () -> store.read(sha, ImageKind.PNG));
    }
}
