package org.newsroom.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** Images: checked by content, kept with caption, credit and alt text, served for a year, shown on the article. */
class MediaIT extends AgainstTheServer {

    @Test
    void anUploadedImageIsServedWithLongLivedCachingAndShownWithItsCaptionCreditAndAlt() throws Exception {
        StaffClient editor = Staff.as(base.toURI(), Staff.EDITOR);
        HttpResponse<String> uploaded = editor.upload("market.png", png(), "caption=Osh%20bazaar&credit=Photo%3A%20Rita&alt=Stalls%20of%20melons");
        assertEquals(201, uploaded.statusCode(), uploaded.body());
        String path = uploaded.body().replaceAll("(?s).*\"path\":\"([^\"]+)\".*", "$1");
        long imageId = Long.parseLong(uploaded.body().replaceAll("(?s).*\"id\":(\\d+).*", "$1"));

        String title = "Melon season " + System.nanoTime();
        long id = StaffClient.idOf(editor.json("POST", "api/newsroom/articles", "{\"title\":\"" + title
                + "\",\"body\":\"<p>Sweet.</p>\",\"featuredImageId\":" + imageId + "}"));
        editor.json("POST", "api/newsroom/articles/" + id + "/actions/publish", "{}");
        String slug = editor.json("GET", "api/newsroom/articles/" + id, null).body().replaceAll("(?s).*\"slug\":\"([^\"]+)\".*", "$1");
        String page = new StaffClient(base.toURI()).get("article.xhtml?slug=" + slug).body();
        assertTrue(page.contains("alt=\"Stalls of melons\""), "alt text on the page");
        assertTrue(page.contains("Osh bazaar") && page.contains("Photo: Rita"), "caption and credit travel with the image");
        assertTrue(page.contains("og:image"), "link previews get the image");

        HttpClient http = HttpClient.newHttpClient();
        URI image = base.toURI().resolve(path.substring(1));
        HttpResponse<byte[]> served = http.send(HttpRequest.newBuilder(image).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, served.statusCode());
        assertEquals("image/png", served.headers().firstValue("Content-Type").orElse(""));
        assertTrue(served.headers().firstValue("Cache-Control").orElse("").contains("max-age=31536000"));
        String etag = served.headers().firstValue("ETag").orElseThrow();
        assertEquals(304, http.send(HttpRequest.newBuilder(image).header("If-None-Match", etag).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode());
        String lastModified = served.headers().firstValue("Last-Modified").orElseThrow();
        assertEquals(304, http.send(HttpRequest.newBuilder(image).header("If-Modified-Since", lastModified).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode());

        // A player or a resumed download asks for part of the file: it gets exactly those bytes.
        HttpResponse<byte[]> part = http.send(HttpRequest.newBuilder(image).header("Range", "bytes=10-29").build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(206, part.statusCode());
        assertEquals("bytes 10-29/" + served.body().length, part.headers().firstValue("Content-Range").orElse(""));
        assertEquals(java.util.Arrays.toString(java.util.Arrays.copyOfRange(served.body(), 10, 30)),
                java.util.Arrays.toString(part.body()));
        HttpResponse<byte[]> changedMeanwhile = http.send(HttpRequest.newBuilder(image).header("Range", "bytes=10-29")
                .header("If-Range", "\"another\"").build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, changedMeanwhile.statusCode(), "If-Range names another version: the whole image");
        assertEquals(served.body().length, changedMeanwhile.body().length);
        assertEquals(416, http.send(HttpRequest.newBuilder(image).header("Range", "bytes=" + served.body().length + "-")
                .build(), HttpResponse.BodyHandlers.discarding()).statusCode());
    }

    /**
     * Issue 16, point 5: in a cluster the image may have been stored through another node, whose file this node's
     * share does not show yet (or the share is not mounted here). That is never a 404 a browser or the front cache
     * would keep: 503 with Retry-After and no-store, and the image once the file is there.
     */
    @Test
    void anImageWhoseFileThisNodeCannotSeeYetIsTryAgainNotNotFound() throws Exception {
        StaffClient editor = Staff.as(base.toURI(), Staff.EDITOR);
        BufferedImage unique = new BufferedImage(8, 6, BufferedImage.TYPE_INT_RGB);
        unique.setRGB(2, 2, (int) System.nanoTime() & 0xFFFFFF);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ImageIO.write(unique, "png", bytes);
        HttpResponse<String> uploaded = editor.upload("elsewhere.png", bytes.toByteArray(), "public=true");
        assertEquals(201, uploaded.statusCode(), uploaded.body());
        URI image = base.toURI().resolve(uploaded.body().replaceAll("(?s).*\"path\":\"([^\"]+)\".*", "$1").substring(1));
        HttpClient http = HttpClient.newHttpClient();
        assertEquals(200, http.send(HttpRequest.newBuilder(image).build(), HttpResponse.BodyHandlers.discarding()).statusCode());

        Path media = Path.of(System.getProperty("it.data.dir"), "media");
        Path file = media.resolve(java.util.HexFormat.of().formatHex(
                java.security.MessageDigest.getInstance("SHA-256").digest(bytes.toByteArray())) + ".png");
        assertTrue(Files.exists(file), "content-addressed file " + file);
        Path away = Files.move(file, media.getParent().resolve(file.getFileName() + ".away"));
        try {
            HttpResponse<String> notHereYet = http.send(HttpRequest.newBuilder(image).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(503, notHereYet.statusCode(), "the image exists: not a 404");
            assertEquals("2", notHereYet.headers().firstValue("Retry-After").orElse(""));
            assertTrue(notHereYet.headers().firstValue("Cache-Control").orElse("").contains("no-store"),
                    notHereYet.headers().map().toString());
        } finally {
            Files.move(away, file);
        }
        assertEquals(200, http.send(HttpRequest.newBuilder(image).build(), HttpResponse.BodyHandlers.discarding()).statusCode());
    }

    @Test
    void aFileThatIsNotAnImageIsRefusedWhateverItsName() throws Exception {
        StaffClient editor = Staff.as(base.toURI(), Staff.EDITOR);
        HttpResponse<String> refused = editor.upload("photo.jpg",
                "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8), "");
        assertEquals(400, refused.statusCode());
        assertTrue(refused.body().contains("not a JPEG, PNG or WebP"), refused.body());
    }

    @Test
    void anOversizedImageIsRefusedWithItsSize() throws Exception {
        byte[] big = new byte[11 * 1024 * 1024];
        byte[] header = png();
        System.arraycopy(header, 0, big, 0, header.length);
        HttpResponse<String> refused = Staff.as(base.toURI(), Staff.EDITOR).upload("huge.png", big, "");
        assertEquals(400, refused.statusCode());
        assertTrue(refused.body().contains("at most 10 MB"), refused.body());
    }

    static byte[] png() throws Exception {
        BufferedImage image = new BufferedImage(8, 6, BufferedImage.TYPE_INT_RGB);
        image.setRGB(1, 1, 0x2e7d32);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    /**
     * A PNG whose header claims {@code width} × {@code height} pixels, with no pixel data: what a
     * decompression bomb looks like to anything that reads only the header.
     */
    static byte[] pngOfSize(int width, int height) {
        java.nio.ByteBuffer ihdr = java.nio.ByteBuffer.allocate(17);
        ihdr.put("IHDR".getBytes(StandardCharsets.US_ASCII)).putInt(width).putInt(height)
                .put((byte) 8).put((byte) 6).put((byte) 0).put((byte) 0).put((byte) 0);
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        crc.update(ihdr.array());
        java.nio.ByteBuffer png = java.nio.ByteBuffer.allocate(8 + 4 + 17 + 4 + 12);
        png.put(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'})
                .putInt(13).put(ihdr.array()).putInt((int) crc.getValue())
                .putInt(0).put("IEND".getBytes(StandardCharsets.US_ASCII)).putInt(0xAE426082);
        return png.array();
    }
}
