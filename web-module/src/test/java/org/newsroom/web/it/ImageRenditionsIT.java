package org.newsroom.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/**
 * Issue 15, images: a photo uploaded through the staff API gets its renditions after the upload has been
 * answered, each served by /media with its own type, size and a year's caching; WebP too where cwebp is installed.
 */
class ImageRenditionsIT extends AgainstTheServer {

    private static final List<Integer> WIDTHS = List.of(320, 640, 960, 1200, 1600);

    @Test
    void aLargeJpegGetsEveryWidthServedAsJpegAndWebp() throws Exception {
        assertRenditions("kazakh-steppe.jpg", ReaderPhotos.jpeg(2400, 1600, 7), "jpg", "image/jpeg");
    }

    @Test
    void linkPreviewsGetThe1200WideRenditionWithItsSize() throws Exception {
        StaffClient editor = Staff.as(base.toURI(), Staff.EDITOR);
        long imageId = StaffClient.json(editor.upload("almaty-skyline.jpg", ReaderPhotos.jpeg(2400, 1600, 5), "alt=Almaty"))
                .getJsonNumber("id").longValue();
        Renditions.awaitReady(editor, imageId);
        long id = StaffClient.idOf(editor.json("POST", "api/newsroom/articles", "{\"title\":\"Almaty skyline at dawn "
                + System.nanoTime() + "\",\"body\":\"<p>Smog lifts.</p>\",\"featuredImageId\":" + imageId + "}"));
        assertEquals(200, editor.json("POST", "api/newsroom/articles/" + id + "/actions/publish", "{}").statusCode());
        String slug = StaffClient.json(editor.json("GET", "api/newsroom/articles/" + id, null)).getString("slug");
        String page = new StaffClient(base.toURI()).get("article.xhtml?slug=" + slug).body();
        String absolute = base.toString() + "media/" + imageId + "-1200.jpg";
        assertTrue(page.contains("<meta property=\"og:image\" content=\"" + absolute + "\""), page);
        assertTrue(page.contains("<meta name=\"twitter:image\" content=\"" + absolute + "\""));
        assertTrue(page.contains("<meta property=\"og:image:width\" content=\"1200\""));
        assertTrue(page.contains("<meta property=\"og:image:height\" content=\"800\""));
    }

    @Test
    void aLargePngGetsEveryWidthServedAsPngAndWebp() throws Exception {
        assertRenditions("issyk-kul-map.png", png(2400, 1600), "png", "image/png");
    }

    private void assertRenditions(String name, byte[] original, String extension, String type) throws Exception {
        StaffClient editor = Staff.as(base.toURI(), Staff.EDITOR);
        long started = System.nanoTime();
        HttpResponse<String> uploaded = editor.upload(name, original, "public=true&alt=Test%20image");
        long answeredMillis = (System.nanoTime() - started) / 1_000_000;
        assertEquals(201, uploaded.statusCode(), uploaded.body());
        JsonObject answer = StaffClient.json(uploaded);
        assertEquals("preparing", answer.getJsonObject("renditions").getString("state"),
                "the upload is answered before its sizes are made (" + answeredMillis + " ms)");
        long id = answer.getJsonNumber("id").longValue();

        JsonObject image = Renditions.awaitReady(editor, id);
        JsonObject renditions = image.getJsonObject("renditions");
        assertEquals("ready", renditions.getString("state"), image.toString());
        boolean webp = Renditions.webpEncoderInstalled();
        assertEquals(webp, renditions.getBoolean("webp"), "WebP exactly when cwebp is installed");
        assertEquals(WIDTHS, renditions.getJsonArray("sizes").getValuesAs(JsonObject.class).stream()
                .map(size -> size.getInt("width")).toList());

        HttpClient reader = HttpClient.newHttpClient();
        for (int width : WIDTHS) {
            int height = Math.round(1600f * width / 2400);
            HttpResponse<byte[]> own = reader.send(HttpRequest.newBuilder(base.toURI().resolve("media/" + id + "-" + width + "." + extension))
                    .build(), HttpResponse.BodyHandlers.ofByteArray());
            assertEquals(200, own.statusCode(), "rendition " + width);
            assertEquals(type, own.headers().firstValue("Content-Type").orElse(""));
            assertEquals("public, max-age=31536000, immutable", own.headers().firstValue("Cache-Control").orElse(""));
            BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(own.body()));
            assertEquals(width, decoded.getWidth());
            assertEquals(height, decoded.getHeight());
            assertTrue(own.body().length < original.length, width + " px is smaller than the original");

            HttpResponse<byte[]> asWebp = reader.send(HttpRequest.newBuilder(base.toURI().resolve("media/" + id + "-" + width + ".webp"))
                    .build(), HttpResponse.BodyHandlers.ofByteArray());
            if (webp) {
                assertEquals(200, asWebp.statusCode(), "WebP rendition " + width);
                assertEquals("image/webp", asWebp.headers().firstValue("Content-Type").orElse(""));
                assertEquals("public, max-age=31536000, immutable", asWebp.headers().firstValue("Cache-Control").orElse(""));
                int[] size = Renditions.webpSize(asWebp.body());
                assertEquals(width, size[0]);
                assertEquals(height, size[1]);
                String etag = asWebp.headers().firstValue("ETag").orElseThrow();
                assertEquals(304, reader.send(HttpRequest.newBuilder(base.toURI().resolve("media/" + id + "-" + width + ".webp"))
                        .header("If-None-Match", etag).build(), HttpResponse.BodyHandlers.discarding()).statusCode());
            } else {
                assertEquals(404, asWebp.statusCode());
            }
        }
        assertEquals(404, reader.send(HttpRequest.newBuilder(base.toURI().resolve("media/" + id + "-500." + extension)).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode(), "only the widths made are served");
    }

    private static byte[] png(int width, int height) throws Exception {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setPaint(new GradientPaint(0, 0, new Color(0x2a6f97), width, height, new Color(0xf4d35e)));
        g.fillRect(0, 0, width, height);
        g.setColor(new Color(0xee964b));
        g.fillOval(width / 4, height / 4, width / 2, height / 2);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
