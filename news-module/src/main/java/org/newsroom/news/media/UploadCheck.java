package org.newsroom.news.media;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.newsroom.news.refusal.Wording;

/**
 * Decides whether an uploaded file may be stored as an image. The type comes from the content:
 * a name can say anything, and serving HTML as "photo.jpg" from our domain would be an attack.
 * Store accepted files under {@link ImageKind#extension()}, not under the uploaded name.
 */
public final class UploadCheck {

    private static final long KB = 1024;
    private static final long MB = 1024 * 1024;
    private static final Set<String> IMAGE_EXTENSIONS = Set.of("jpg", "jpeg", "jpe", "png", "webp");
    private static final String ACCEPTED = "a JPEG, PNG or WebP image";

    private UploadCheck() {
    }

    /**
     * The kind of image, or {@link UploadRefused} saying in plain words what is wrong.
     *
     * @param fileName the name the browser sent; used only to word the message
     * @param size     the file's full length in bytes
     * @param head     the file's first bytes, at least {@link ImageKind#HEADER_LENGTH} of them if it has that many
     * @param maxBytes the largest size accepted
     */
    public static ImageKind check(String fileName, long size, byte[] head, long maxBytes) {
        if (size < 0 || maxBytes <= 0) {
            throw new IllegalArgumentException("size " + size + " and maxBytes " + maxBytes + " make no sense");
        }
        if (size == 0) {
            throw new UploadRefused(Wording.refusal("upload.empty"));
        }
        Optional<ImageKind> kind = ImageKind.sniff(head);
        if (kind.isEmpty()) {
            throw new UploadRefused(notAnImage(extensionOf(fileName), head));
        }
        if (size > maxBytes) {
            throw new UploadRefused(Wording.refusal("upload.tooLarge", roundedUp(size), exactly(maxBytes)));
        }
        return kind.get();
    }

    /**
     * Refuses an image with more pixels than {@code maxPixels}: decoding it (for a thumbnail, or in a
     * reader's phone) would take width × height × 4 bytes, 1.5 GiB for 20,000 × 20,000. Unknown sizes pass.
     */
    public static void checkPixels(ImageDimensions dimensions, long maxPixels) {
        if (dimensions != null && (long) dimensions.width() * dimensions.height() > maxPixels) {
            throw new UploadRefused(Wording.refusal("upload.tooManyPixels", String.valueOf(dimensions.width()),
                    String.valueOf(dimensions.height()), maxPixels / 1_000_000));
        }
    }

    private static Wording notAnImage(String extension, byte[] head) {
        if (isGif(head)) {
            return Wording.refusal("upload.gif");
        }
        if (IMAGE_EXTENSIONS.contains(extension)) {
            return Wording.refusal("upload.notAnImage.named", extension);
        }
        return Wording.refusal("upload.notAnImage");
    }

    private static boolean isGif(byte[] head) {
        if (head == null || head.length < 6) {
            return false;
        }
        String start = new String(head, 0, 6, StandardCharsets.US_ASCII);
        return start.equals("GIF87a") || start.equals("GIF89a");
    }

    /** Lower-case extension of the last path segment (old browsers send "C:\fakepath\x.jpg"), or "". */
    static String extensionOf(String fileName) {
        if (fileName == null) {
            return "";
        }
        String name = fileName.substring(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1);
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).strip().toLowerCase(Locale.ROOT);
    }

    /** Rounded up, so a file just over the limit never reads as exactly the limit. */
    static Wording roundedUp(long bytes) {
        return humanSize(bytes, RoundingMode.CEILING);
    }

    private static Wording exactly(long bytes) {
        return humanSize(bytes, RoundingMode.HALF_UP);
    }

    private static Wording humanSize(long bytes, RoundingMode rounding) {
        if (bytes < KB) {
            return Wording.refusal("size.bytes", bytes);
        }
        long unit = bytes < MB ? KB : MB;
        BigDecimal amount = BigDecimal.valueOf(bytes).divide(BigDecimal.valueOf(unit), 1, rounding).stripTrailingZeros();
        return Wording.refusal(unit == KB ? "size.kb" : "size.mb", amount);
    }
}
