package org.newsroom.news.media;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.Optional;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;

/**
 * An image's size in pixels, read from its header by {@code javax.imageio} without decoding the pixels
 * (so a small file claiming a huge image costs nothing). The JDK reads JPEG and PNG; WebP it cannot,
 * and then the size is simply unknown.
 */
public record ImageDimensions(int width, int height) {

    public ImageDimensions {
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("An image is at least 1×1 pixels, not " + width + "×" + height);
        }
    }

    /** The size, or empty when no reader knows the format or the header is unreadable. */
    public static Optional<ImageDimensions> read(byte[] content) {
        if (content == null || content.length == 0) {
            return Optional.empty();
        }
        try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(content))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                return Optional.empty();
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                int width = reader.getWidth(0);
                int height = reader.getHeight(0);
                return width > 0 && height > 0 ? Optional.of(new ImageDimensions(width, height)) : Optional.empty();
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException | LinkageError unreadable) {
            // A damaged header, or a server that does not give the application java.desktop: the size stays unknown.
            return Optional.empty();
        }
    }
}
