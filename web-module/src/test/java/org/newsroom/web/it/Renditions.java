package org.newsroom.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/** For the rendition tests: waiting for an image's sizes to be made, and reading a WebP file's size. */
final class Renditions {

    private Renditions() {
    }

    /** Whether this machine has the encoder the server will find (Debian's webp package). */
    static boolean webpEncoderInstalled() {
        return Files.isExecutable(Path.of("/usr/bin/cwebp")) || Arrays.stream(System.getenv("PATH").split(":"))
                .anyMatch(folder -> Files.isExecutable(Path.of(folder, "cwebp")));
    }

    /** The staff API's description of the image once its renditions are made (at most a minute). */
    static JsonObject awaitReady(StaffClient staff, long imageId) throws Exception {
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (true) {
            var answer = staff.json("GET", "api/newsroom/media/" + imageId, null);
            assertEquals(200, answer.statusCode(), answer.body());
            JsonObject image = StaffClient.json(answer);
            if (!"preparing".equals(image.getJsonObject("renditions").getString("state")) || System.nanoTime() > deadline) {
                return image;
            }
            Thread.sleep(250);
        }
    }

    /** Width and height from a WebP file's header: simple lossy (VP8), lossless (VP8L) or extended (VP8X). */
    static int[] webpSize(byte[] webp) {
        ByteBuffer b = ByteBuffer.wrap(webp).order(ByteOrder.LITTLE_ENDIAN);
        String chunk = new String(webp, 12, 4, StandardCharsets.US_ASCII);
        return switch (chunk) {
            case "VP8X" -> new int[] {1 + (b.getInt(24) & 0xffffff), 1 + (b.getInt(27) & 0xffffff)};
            case "VP8L" -> {
                int bits = b.getInt(21);
                yield new int[] {1 + (bits & 0x3fff), 1 + ((bits >>> 14) & 0x3fff)};
            }
            case "VP8 " -> new int[] {b.getShort(26) & 0x3fff, b.getShort(28) & 0x3fff};
            default -> throw new AssertionError("not a WebP file: " + chunk);
        };
    }
}
