package org.newsroom.news.media;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class UploadCheckTest {

    private static final long TEN_MB = 10L * 1024 * 1024;

    private static byte[] encoded(String format) throws IOException {
        BufferedImage image = new BufferedImage(4, 3, BufferedImage.TYPE_INT_RGB);
        image.setRGB(1, 1, 0xCC3300);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (!ImageIO.write(image, format, out)) {
            throw new IllegalStateException("no " + format + " writer in this JDK");
        }
        return out.toByteArray();
    }

    /** The first bytes of a lossless WebP file: RIFF, the chunk length, WEBP, then the VP8L chunk. */
    private static byte[] webpHeader() {
        byte[] header = new byte[20];
        System.arraycopy("RIFF".getBytes(StandardCharsets.US_ASCII), 0, header, 0, 4);
        header[4] = 0x1A; // little-endian length of what follows; any value will do for sniffing
        System.arraycopy("WEBPVP8L".getBytes(StandardCharsets.US_ASCII), 0, header, 8, 8);
        return header;
    }

    private static byte[] head(byte[] file) {
        return Arrays.copyOf(file, Math.min(file.length, ImageKind.HEADER_LENGTH));
    }

    private static String refusal(String name, long size, byte[] head) {
        return assertThrows(UploadRefused.class, () -> UploadCheck.check(name, size, head, TEN_MB)).getMessage();
    }

    @Test
    void aRealPngIsAcceptedAsPng() throws IOException {
        byte[] png = encoded("png");
        assertEquals(ImageKind.PNG, UploadCheck.check("chart.png", png.length, head(png), TEN_MB));
        assertEquals("image/png", ImageKind.PNG.mediaType());
        assertEquals("png", ImageKind.PNG.extension());
    }

    @Test
    void aRealJpegIsAcceptedAsJpeg() throws IOException {
        byte[] jpeg = encoded("jpg");
        assertEquals(ImageKind.JPEG, UploadCheck.check("IMG_0042.JPEG", jpeg.length, head(jpeg), TEN_MB));
        assertEquals("image/jpeg", ImageKind.JPEG.mediaType());
        assertEquals("jpg", ImageKind.JPEG.extension());
    }

    @Test
    void aWebpHeaderIsRecognised() {
        assertEquals(ImageKind.WEBP, UploadCheck.check("photo.webp", 30_000, head(webpHeader()), TEN_MB));
        assertEquals("image/webp", ImageKind.WEBP.mediaType());
        assertEquals("webp", ImageKind.WEBP.extension());
    }

    @Test
    void theContentDecidesEvenWhenTheNameIsWrong() throws IOException {
        byte[] png = encoded("png");
        assertEquals(ImageKind.PNG, UploadCheck.check("photo.jpg", png.length, head(png), TEN_MB));
        assertEquals(ImageKind.PNG, UploadCheck.check(null, png.length, head(png), TEN_MB));
    }

    @Test
    void aRiffFileThatIsNotWebpIsRefused() {
        byte[] wav = webpHeader();
        System.arraycopy("WAVE".getBytes(StandardCharsets.US_ASCII), 0, wav, 8, 4);
        assertEquals(Optional.empty(), ImageKind.sniff(wav));
    }

    @Test
    void aGifIsRefusedWithAHintToConvertIt() throws IOException {
        byte[] gif = encoded("gif");
        assertEquals("This file is a GIF; only JPEG, PNG or WebP images can be used. Save it as PNG and try again.",
                refusal("animation.gif", gif.length, head(gif)));
    }

    @Test
    void htmlNamedLikeAPhotoIsRefused() {
        byte[] html = "<!DOCTYPE html><script>alert(1)</script>".getBytes(StandardCharsets.UTF_8);
        assertEquals("This file is not a JPEG, PNG or WebP image (its name says .jpg, its content says otherwise).",
                refusal("x.jpg", html.length, head(html)));
        assertEquals("This file is not a JPEG, PNG or WebP image (its name says .png, its content says otherwise).",
                refusal("C:\\fakepath\\Chart.PNG", html.length, head(html)));
        assertEquals("This file is not a JPEG, PNG or WebP image.", refusal("page.html", html.length, head(html)));
    }

    @Test
    void anEmptyFileIsRefused() {
        assertEquals("The file is empty.", refusal("x.jpg", 0, new byte[0]));
    }

    @Test
    void tooFewBytesAreNotAnImage() {
        assertEquals(Optional.empty(), ImageKind.sniff(new byte[] {(byte) 0xFF, (byte) 0xD8}));
        assertEquals(Optional.empty(), ImageKind.sniff(new byte[] {'R', 'I', 'F', 'F', 0, 0, 0, 0, 'W', 'E'}));
        assertEquals(Optional.empty(), ImageKind.sniff(null));
    }

    @Test
    void anOversizeImageIsRefusedWithBothSizesInPlainWords() throws IOException {
        byte[] jpeg = encoded("jpg");
        long size = (long) (14.2 * 1024 * 1024);
        assertEquals("The file is 14.2 MB; images can be at most 10 MB.", refusal("big.jpg", size, head(jpeg)));
        assertEquals("The file is 10.1 MB; images can be at most 10 MB.", refusal("big.jpg", TEN_MB + 1, head(jpeg)));
        assertEquals(ImageKind.JPEG, UploadCheck.check("limit.jpg", TEN_MB, head(jpeg), TEN_MB));
    }

    @Test
    void smallLimitsAreStatedInKilobytes() throws IOException {
        byte[] png = encoded("png");
        UploadRefused refused = assertThrows(UploadRefused.class,
                () -> UploadCheck.check("icon.png", 700 * 1024, head(png), 512 * 1024));
        assertEquals("The file is 700 KB; images can be at most 512 KB.", refused.getMessage());
    }

    @Test
    void nonsenseSizesAreProgrammingErrors() {
        assertThrows(IllegalArgumentException.class, () -> UploadCheck.check("x.png", -1, new byte[0], TEN_MB));
        assertThrows(IllegalArgumentException.class, () -> UploadCheck.check("x.png", 1, new byte[0], 0));
    }

    @Test
    void aDecompressionBombIsRefusedByItsHeaderAlone() {
        long fiftyMegapixels = 50_000_000L;
        UploadCheck.checkPixels(new ImageDimensions(8000, 6000), fiftyMegapixels);
        UploadCheck.checkPixels(null, fiftyMegapixels);
        UploadRefused bomb = org.junit.jupiter.api.Assertions.assertThrows(UploadRefused.class,
                () -> UploadCheck.checkPixels(new ImageDimensions(20_000, 20_000), fiftyMegapixels));
        org.junit.jupiter.api.Assertions.assertTrue(bomb.getMessage().contains("20000 × 20000 pixels"), bomb.getMessage());
        org.junit.jupiter.api.Assertions.assertThrows(UploadRefused.class,
                () -> UploadCheck.checkPixels(new ImageDimensions(1_000_000, 1_000_000), fiftyMegapixels));
    }
}
