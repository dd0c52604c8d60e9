package org.newsroom.news.media;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class MediaItemTest {

    private static final LocalDateTime NOW = LocalDateTime.of(2026, 3, 2, 8, 0);
    private static final String SHA = MediaStore.sha256Hex(new byte[] {1, 2, 3});

    private static MediaItem item(String originalName) {
        return new MediaItem(SHA, ImageKind.JPEG, 1234, originalName, new ImageDimensions(800, 600), "reporter", NOW);
    }

    private static byte[] encoded(String format, int width, int height) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertTrue(ImageIO.write(image, format, out), "no " + format + " writer in this JDK");
        return out.toByteArray();
    }

    @Test
    void keepsWhatIsSaidAboutTheImageStripped() {
        MediaItem item = item("photo.jpg");

        item.describe("  Bishkek at dawn ", "Photo: A. Karimova", "The city's rooftops under snow");

        assertEquals("Bishkek at dawn", item.getCaption());
        assertEquals("Photo: A. Karimova", item.getCredit());
        assertEquals("The city's rooftops under snow", item.getAltText());
    }

    @Test
    void blankMeansNone() {
        MediaItem item = item("photo.jpg");
        item.describe("caption", "credit", "alt");

        item.describe(" ", null, "");

        assertNull(item.getCaption());
        assertNull(item.getCredit());
        assertNull(item.getAltText());
    }

    @Test
    void tooLongTextChangesNothing() {
        MediaItem item = item("photo.jpg");
        item.describe("caption", "credit", "alt");

        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> item.describe("new caption", "new credit", "x".repeat(MediaItem.MAX_ALT_TEXT_LENGTH + 1)));

        assertTrue(refused.getMessage().startsWith("Alt text has at most 500"), refused.getMessage());
        assertEquals("caption", item.getCaption());
        assertEquals("credit", item.getCredit());
    }

    @Test
    void theKindAndFileNameComeFromTheContentNotTheUploadedName() {
        MediaItem item = item("holiday.png");

        assertEquals(ImageKind.JPEG, item.kind());
        assertEquals("image/jpeg", item.getMediaType());
        assertEquals(SHA + ".jpg", item.fileName());
        assertTrue(item.path().matches("/media/[1-9][0-9]{15}\\.jpg"), item.path());
        assertEquals(800, item.getWidth());
        assertEquals(600, item.getHeight());
    }

    @Test
    void originalNameKeepsOnlyItsLastSegmentWithoutControlCharacters() {
        assertEquals("x.jpg", MediaItem.cleanName("C:\\fakepath\\x.jpg"));
        assertEquals("evil.jpg", MediaItem.cleanName("../../evil.jpg"));
        assertEquals("ab.jpg", MediaItem.cleanName("a\u0000b\n.jpg"));
        assertNull(MediaItem.cleanName("  "));
        assertNull(MediaItem.cleanName(null));
        assertEquals(MediaItem.MAX_ORIGINAL_NAME_LENGTH, MediaItem.cleanName("n".repeat(400) + ".jpg").length());
    }

    @Test
    void dimensionsOfJpegAndPng() throws IOException {
        assertEquals(Optional.of(new ImageDimensions(40, 30)), ImageDimensions.read(encoded("jpg", 40, 30)));
        assertEquals(Optional.of(new ImageDimensions(7, 5)), ImageDimensions.read(encoded("png", 7, 5)));
    }

    @Test
    void dimensionsUnknownForWhatTheJdkCannotRead() {
        byte[] webp = new byte[32];
        System.arraycopy("RIFF".getBytes(StandardCharsets.US_ASCII), 0, webp, 0, 4);
        System.arraycopy("WEBPVP8L".getBytes(StandardCharsets.US_ASCII), 0, webp, 8, 8);
        byte[] brokenPng = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0};

        assertEquals(Optional.empty(), ImageDimensions.read(webp));
        assertEquals(Optional.empty(), ImageDimensions.read(brokenPng));
        assertEquals(Optional.empty(), ImageDimensions.read(new byte[0]));
        assertEquals(Optional.empty(), ImageDimensions.read(null));
    }

    @Test
    void idsAreRandomSoNoImageOfAnEmbargoedStoryIsFoundByCounting() {
        java.util.Set<Long> ids = new java.util.HashSet<>();
        for (int i = 0; i < 1000; i++) {
            long id = item("x.jpg").getId();
            assertTrue(id >= 1_000_000_000_000_000L && id < (1L << 53), "16 digits, exact in JavaScript: " + id);
            ids.add(id);
        }
        assertEquals(1000, ids.size(), "no two alike");
    }

    @Test
    void anImageIsForReadersOnlyFromItsFirstPublicationOn() {
        MediaItem item = item("x.jpg");
        assertFalse(item.isPublic(), "a new upload is staff-only");
        java.time.LocalDateTime first = java.time.LocalDateTime.of(2026, 12, 1, 8, 0);
        item.makePublic(first);
        item.makePublic(first.plusDays(1));
        assertTrue(item.isPublic());
        assertEquals(first, item.getPublicSince(), "the first publication is kept");
    }
}
