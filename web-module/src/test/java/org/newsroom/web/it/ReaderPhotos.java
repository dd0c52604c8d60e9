package org.newsroom.web.it;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Random;
import javax.imageio.ImageIO;

/** Photo-like JPEGs (sky, hills, a few shapes, grain) for the reader tests: sized and weighted like a news photo. */
final class ReaderPhotos {

    private ReaderPhotos() {
    }

    static byte[] jpeg(int width, int height, long seed) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        Random random = new Random(seed);
        g.setPaint(new GradientPaint(0, 0, new Color(0x5b8fd6), 0, height * 0.6f, new Color(0xe9d7b0)));
        g.fillRect(0, 0, width, height);
        for (int hill = 0; hill < 4; hill++) {
            g.setColor(new Color(40 + random.nextInt(60), 90 + random.nextInt(60), 40 + random.nextInt(40)));
            g.fillOval(random.nextInt(width) - width / 2, height / 2 + random.nextInt(height / 4), width, height);
        }
        for (int shape = 0; shape < 30; shape++) {
            g.setColor(new Color(random.nextInt(0xffffff)));
            g.fillRect(random.nextInt(width), height / 2 + random.nextInt(height / 2), 10 + random.nextInt(width / 12),
                    10 + random.nextInt(height / 10));
        }
        g.dispose();
        for (int y = 0; y < height; y++) {  // the grain of a real photo, so it does not compress like a drawing
            for (int x = 0; x < width; x++) {
                int rgb = image.getRGB(x, y);
                int noise = random.nextInt(9) - 4;
                int r = clamp(((rgb >> 16) & 0xff) + noise);
                int gr = clamp(((rgb >> 8) & 0xff) + noise);
                int b = clamp((rgb & 0xff) + noise);
                image.setRGB(x, y, (r << 16) | (gr << 8) | b);
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "jpeg", out);
        return out.toByteArray();
    }

    private static int clamp(int value) {
        return Math.max(0, Math.min(255, value));
    }
}
