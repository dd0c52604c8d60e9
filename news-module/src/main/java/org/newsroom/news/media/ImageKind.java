package org.newsroom.news.media;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/**
 * The image formats the newsroom accepts, recognised by their first bytes, never by their name; and
 * PDF, which only an import brings in (a WordPress post linking a document must keep its link), never
 * the editor's upload: {@link #sniff} answers images only.
 */
public enum ImageKind {
    JPEG("image/jpeg", "jpg"),
    PNG("image/png", "png"),
    WEBP("image/webp", "webp"),
    PDF("application/pdf", "pdf");

    /** How many leading bytes {@link #sniff} needs to recognise every kind. */
    public static final int HEADER_LENGTH = 12;

    private static final byte[] JPEG_MAGIC = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
    private static final byte[] RIFF = "RIFF".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] PDF_MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] WEBP_MARK = "WEBP".getBytes(StandardCharsets.US_ASCII);

    private final String mediaType;
    private final String extension;

    ImageKind(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    /** The kind whose signature the bytes start with; empty for anything else, including too few bytes. */
    public static Optional<ImageKind> sniff(byte[] firstBytes) {
        if (firstBytes == null) {
            return Optional.empty();
        }
        if (startsWith(firstBytes, 0, JPEG_MAGIC)) {
            return Optional.of(JPEG);
        }
        if (startsWith(firstBytes, 0, PNG_MAGIC)) {
            return Optional.of(PNG);
        }
        // RIFF is a container (also WAV, AVI); bytes 4-7 are its length, bytes 8-11 say what it holds.
        if (startsWith(firstBytes, 0, RIFF) && startsWith(firstBytes, 8, WEBP_MARK)) {
            return Optional.of(WEBP);
        }
        return Optional.empty();
    }

    /** An image as {@link #sniff} says, or a PDF document: what an import may bring into the library. */
    public static Optional<ImageKind> sniffImported(byte[] firstBytes) {
        Optional<ImageKind> image = sniff(firstBytes);
        if (image.isPresent() || firstBytes == null) {
            return image;
        }
        return startsWith(firstBytes, 0, PDF_MAGIC) ? Optional.of(PDF) : Optional.empty();
    }

    public boolean isImage() {
        return this != PDF;
    }

    private static boolean startsWith(byte[] bytes, int offset, byte[] signature) {
        return bytes.length >= offset + signature.length
                && Arrays.equals(bytes, offset, offset + signature.length, signature, 0, signature.length);
    }

    /** The Content-Type to serve the image with, e.g. "image/jpeg". */
    public String mediaType() {
        return mediaType;
    }

    /** The file name extension to store the image under, without the dot, e.g. "jpg". */
    public String extension() {
        return extension;
    }
}
