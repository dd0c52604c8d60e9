package org.newsroom.news.media;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * Makes an image's renditions ({@link RenditionWidths}) from its stored original, in the original's
 * format (JPEG at quality 85, PNG lossless, transparency kept) and, when {@link WebpEncoder} is available,
 * each also as WebP from that rendition. The pixels are decoded once; each width is scaled down from the
 * next wider one (halving steps, then bicubic), which is both quicker and sharper than one big step.
 * Plain Java on {@code javax.imageio}; one image at a time holds its decoded pixels (4 bytes each).
 */
public final class RenditionMaker {

    private static final float JPEG_QUALITY = 0.85f;

    private final MediaStore store;
    private final WebpEncoder webp;

    public RenditionMaker(MediaStore store, WebpEncoder webp) {
        this.store = store;
        this.webp = webp;
    }

    /** What was made: the widths (in the original's format) and whether each also exists as WebP. */
    public record Made(List<Integer> widths, boolean webp) {
        public static final Made NONE = new Made(List.of(), false);
    }

    /**
     * @return {@link Made#NONE} for an image too small for any rendition, or not JPEG or PNG
     * @throws IOException when the original cannot be read or decoded
     */
    public Made make(String sha256, ImageKind kind, int originalWidth) throws IOException {
        List<Integer> widths = RenditionWidths.forOriginal(originalWidth);
        if (widths.isEmpty() || kind != ImageKind.JPEG && kind != ImageKind.PNG) {
            return Made.NONE;
        }
        BufferedImage original = ImageIO.read(store.file(sha256, kind).toFile());
        if (original == null) {
            throw new IOException("no reader decodes " + store.file(sha256, kind));
        }
        boolean alpha = kind == ImageKind.PNG && original.getColorModel().hasAlpha();
        List<Integer> widestFirst = new ArrayList<>(widths);
        Collections.reverse(widestFirst);
        BufferedImage source = original;
        boolean allWebp = webp.available();
        for (int width : widestFirst) {
            int height = RenditionWidths.heightAt(width, original.getWidth(), original.getHeight());
            BufferedImage scaled = scale(source, width, height, alpha);
            store.storeRendition(sha256, width, kind.extension(), kind == ImageKind.JPEG ? jpeg(scaled) : png(scaled));
            if (allWebp) {
                Optional<byte[]> encoded = webp.encode(store.renditionFile(sha256, width, kind.extension()));
                encoded.ifPresent(bytes -> store.storeRendition(sha256, width, Picture.WEBP, bytes));
                allWebp = encoded.isPresent();
            }
            source = scaled;
        }
        return new Made(widths, allWebp);
    }

    static BufferedImage scale(BufferedImage source, int width, int height, boolean alpha) {
        BufferedImage current = source;
        while (current.getWidth() / 2 >= width) {
            current = draw(current, current.getWidth() / 2, Math.max(height, current.getHeight() / 2), alpha,
                    RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        }
        return current.getWidth() == width && current.getHeight() == height ? current
                : draw(current, width, height, alpha, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
    }

    private static BufferedImage draw(BufferedImage source, int width, int height, boolean alpha, Object interpolation) {
        BufferedImage target = new BufferedImage(width, height, alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        Graphics2D g = target.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, interpolation);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.drawImage(source, 0, 0, width, height, null);
        } finally {
            g.dispose();
        }
        return target;
    }

    private static byte[] jpeg(BufferedImage image) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (MemoryCacheImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(out);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(JPEG_QUALITY);
            param.setProgressiveMode(ImageWriteParam.MODE_DEFAULT);
            writer.write(null, new IIOImage(image, null, null), param);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }

    private static byte[] png(BufferedImage image) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ImageIO.write(image, "png", bytes);
        return bytes.toByteArray();
    }
}
