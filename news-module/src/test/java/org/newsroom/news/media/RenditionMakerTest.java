package org.newsroom.news.media;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RenditionMakerTest {

    @TempDir
    Path folder;

    @Test
    void aJpegGetsSmallerJpegsAtEveryWidthWithoutWebpWhenItIsOff() throws IOException {
        MediaStore store = new MediaStore(folder);
        String sha = store.store(image(2400, 1600, false, "jpeg"), ImageKind.JPEG);
        RenditionMaker.Made made = new RenditionMaker(store, WebpEncoder.from("off", null)).make(sha, ImageKind.JPEG, 2400);
        assertEquals(List.of(320, 640, 960, 1200, 1600), made.widths());
        assertFalse(made.webp());
        for (int width : made.widths()) {
            BufferedImage rendition = ImageIO.read(store.renditionFile(sha, width, "jpg").toFile());
            assertEquals(width, rendition.getWidth());
            assertEquals(RenditionWidths.heightAt(width, 2400, 1600), rendition.getHeight());
            assertFalse(Files.exists(store.renditionFile(sha, width, "webp")));
        }
    }

    @Test
    void aTransparentPngStaysAPngWithItsTransparency() throws IOException {
        MediaStore store = new MediaStore(folder);
        String sha = store.store(image(700, 700, true, "png"), ImageKind.PNG);
        RenditionMaker.Made made = new RenditionMaker(store, WebpEncoder.from("off", null)).make(sha, ImageKind.PNG, 700);
        assertEquals(List.of(320, 640), made.widths());
        BufferedImage small = ImageIO.read(store.renditionFile(sha, 320, "png").toFile());
        assertTrue(small.getColorModel().hasAlpha());
        assertEquals(0, small.getRGB(0, 0) >>> 24, "the transparent corner stays transparent");
    }

    @Test
    void anImageNoWiderThanTheSmallestWidthGetsNone() throws IOException {
        MediaStore store = new MediaStore(folder);
        String sha = store.store(image(300, 200, false, "jpeg"), ImageKind.JPEG);
        assertEquals(RenditionMaker.Made.NONE, new RenditionMaker(store, WebpEncoder.from("off", null)).make(sha, ImageKind.JPEG, 300));
    }

    @Test
    void withCwebpInstalledEachRenditionIsAlsoWebp() throws IOException {
        WebpEncoder webp = WebpEncoder.from(null, System.getenv("PATH"));
        org.junit.jupiter.api.Assumptions.assumeTrue(webp.available(), "cwebp is not installed (Debian: webp)");
        MediaStore store = new MediaStore(folder);
        String sha = store.store(image(1000, 500, false, "jpeg"), ImageKind.JPEG);
        RenditionMaker.Made made = new RenditionMaker(store, webp).make(sha, ImageKind.JPEG, 1000);
        assertTrue(made.webp());
        for (int width : made.widths()) {
            byte[] bytes = Files.readAllBytes(store.renditionFile(sha, width, "webp"));
            assertEquals(ImageKind.WEBP, ImageKind.sniff(bytes).orElseThrow());
        }
    }

    static byte[] image(int width, int height, boolean transparentCorner, String format) throws IOException {
        BufferedImage image = new BufferedImage(width, height,
                transparentCorner ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(0x3366aa));
        g.fillRect(transparentCorner ? width / 4 : 0, transparentCorner ? height / 4 : 0, width, height);
        g.setColor(Color.ORANGE);
        g.fillOval(width / 3, height / 3, width / 3, height / 3);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, format, out);
        return out.toByteArray();
    }
}
