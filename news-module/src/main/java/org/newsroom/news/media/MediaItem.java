package org.newsroom.news.media;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.security.SecureRandom;
import java.time.LocalDateTime;
import java.util.Objects;
import org.newsroom.news.refusal.InvalidValue;
import org.newsroom.news.refusal.Wording;

/**
 * An uploaded image and what is said about it: caption, credit and alt text live here, once, so every
 * place the image is used shows the same words. The bytes are a file in the {@link MediaStore}, named
 * by their SHA-256; they never change, which is what lets {@link #path()} be cached for a year.
 * Times are UTC.
 */
@Entity
@Table(name = "MEDIA_ITEM")
public class MediaItem {

    public static final int MAX_CAPTION_LENGTH = 1000;
    public static final int MAX_CREDIT_LENGTH = 200;
    public static final int MAX_ALT_TEXT_LENGTH = 500;
    public static final int MAX_ORIGINAL_NAME_LENGTH = 255;
    /** Where images are served, relative to the context root: {@code /media/{id}.{extension}}. */
    public static final String PATH_PREFIX = "/media/";

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final long SMALLEST_ID = 1_000_000_000_000_000L;
    private static final long ID_RANGE = (1L << 53) - SMALLEST_ID;

    /**
     * Random, not from a sequence: an image of an embargoed story must not be found by counting. Kept
     * below 2^53 so JavaScript reads it exactly, and at 16 digits so it always fits the address pattern.
     */
    @Id
    private Long id;

    /**
     * When readers may first see the image: the first publication of an article using it, or its upload
     * as a public library image. Until then (null) it is served to signed-in staff only.
     */
    @Column(name = "PUBLIC_SINCE")
    private LocalDateTime publicSince;

    @Column(name = "SHA256", nullable = false, length = 64, updatable = false)
    private String sha256;

    @Column(name = "MEDIA_TYPE", nullable = false, length = 40, updatable = false)
    private String mediaType;

    @Column(name = "SIZE_BYTES", nullable = false, updatable = false)
    private long sizeBytes;

    /** The name the browser sent; kept only to help people recognise their upload, never used for storage. */
    @Column(name = "ORIGINAL_NAME", length = MAX_ORIGINAL_NAME_LENGTH, updatable = false)
    private String originalName;

    @Column(name = "CAPTION", length = MAX_CAPTION_LENGTH)
    private String caption;

    @Column(name = "CREDIT", length = MAX_CREDIT_LENGTH)
    private String credit;

    @Column(name = "ALT_TEXT", length = MAX_ALT_TEXT_LENGTH)
    private String altText;

    /** In pixels; null when the image's format could not be read for it (WebP, with the JDK alone). */
    @Column(name = "WIDTH", updatable = false)
    private Integer width;

    @Column(name = "HEIGHT", updatable = false)
    private Integer height;

    /**
     * The widths of the renditions made ({@link RenditionWidths#format}); null while they are still to be
     * made (the {@link RenditionQueue} looks for those), "" when the image gets none (too small, not JPEG or PNG).
     */
    @Column(name = "RENDITION_WIDTHS", length = 40)
    private String renditionWidths;

    /** Whether each rendition also exists as WebP. */
    @Column(name = "RENDITION_WEBP", nullable = false)
    private Boolean renditionWebp = Boolean.FALSE;

    @Column(name = "UPLOADED_BY", nullable = false, length = 60, updatable = false)
    private String uploadedBy;

    @Column(name = "UPLOADED_AT", nullable = false, updatable = false)
    private LocalDateTime uploadedAt;

    protected MediaItem() {
        // for JPA
    }

    /**
     * @param sha256     lower-case hex SHA-256 of the content, as {@link MediaStore#sha256Hex} computes it
     * @param dimensions the image's size in pixels, or null when unknown
     */
    public MediaItem(String sha256, ImageKind kind, long sizeBytes, String originalName, ImageDimensions dimensions,
                     String uploadedBy, LocalDateTime now) {
        this.sha256 = MediaStore.requireSha256(sha256);
        this.mediaType = Objects.requireNonNull(kind, "kind").mediaType();
        if (sizeBytes <= 0) {
            throw new IllegalArgumentException("An image has at least one byte, not " + sizeBytes);
        }
        this.sizeBytes = sizeBytes;
        this.originalName = cleanName(originalName);
        this.width = dimensions == null ? null : dimensions.width();
        this.height = dimensions == null ? null : dimensions.height();
        this.uploadedBy = Objects.requireNonNull(uploadedBy, "uploadedBy");
        this.uploadedAt = Objects.requireNonNull(now, "now");
        this.id = randomId();
        boolean scalable = (kind == ImageKind.JPEG || kind == ImageKind.PNG) && dimensions != null
                && !RenditionWidths.forOriginal(dimensions.width()).isEmpty();
        this.renditionWidths = scalable ? null : "";
    }

    /** Until its renditions are made, pages show the original alone. */
    public boolean renditionsPending() {
        return renditionWidths == null;
    }

    public java.util.List<Integer> renditionWidths() {
        return RenditionWidths.parse(renditionWidths);
    }

    public boolean hasWebpRenditions() {
        return Boolean.TRUE.equals(renditionWebp);
    }

    /** The renditions now on disk; readers' pages offer them from the next render on. */
    public void recordRenditions(java.util.List<Integer> widths, boolean webp) {
        this.renditionWidths = RenditionWidths.format(widths);
        this.renditionWebp = webp && !widths.isEmpty();  // boxed: a list's left join reads null for no image
    }

    /** For a reader's page; null when the size is unknown. */
    public Picture picture() {
        return Picture.of(id, mediaType, width, height, altText, renditionWidths, renditionWebp);
    }

    static long randomId() {
        return SMALLEST_ID + (RANDOM.nextLong() & Long.MAX_VALUE) % ID_RANGE;
    }

    /** Readers may see it from now on; a second call changes nothing (the first time is kept). */
    public void makePublic(LocalDateTime now) {
        if (publicSince == null) {
            publicSince = Objects.requireNonNull(now, "now");
        }
    }

    public boolean isPublic() {
        return publicSince != null;
    }

    public LocalDateTime getPublicSince() {
        return publicSince;
    }

    /**
     * Sets what is said about the image wherever it appears. Blank means "none"; text is stripped.
     *
     * @throws IllegalArgumentException naming the field that is too long
     */
    public void describe(String caption, String credit, String altText) {
        String newCaption = text(caption, MAX_CAPTION_LENGTH, "caption");
        String newCredit = text(credit, MAX_CREDIT_LENGTH, "credit");
        String newAltText = text(altText, MAX_ALT_TEXT_LENGTH, "altText");
        this.caption = newCaption;
        this.credit = newCredit;
        this.altText = newAltText;
    }

    private static String text(String value, int max, String what) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String stripped = value.strip();
        if (stripped.length() > max) {
            throw new InvalidValue(Wording.refusal("media.text.tooLong", what, max, stripped.length()));
        }
        return stripped;
    }

    /** The last path segment (old browsers send "C:\fakepath\x.jpg"), without control characters, cut to fit. */
    static String cleanName(String name) {
        if (name == null) {
            return null;
        }
        String last = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        String printable = last.codePoints().filter(c -> !Character.isISOControl(c))
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString().strip();
        if (printable.isEmpty()) {
            return null;
        }
        return printable.length() <= MAX_ORIGINAL_NAME_LENGTH ? printable
                : printable.substring(0, MAX_ORIGINAL_NAME_LENGTH);
    }

    public ImageKind kind() {
        for (ImageKind kind : ImageKind.values()) {
            if (kind.mediaType().equals(mediaType)) {
                return kind;
            }
        }
        throw new IllegalStateException("media item " + id + " has an unknown type " + mediaType);
    }

    /** The stored file's name: {@code <sha256>.<extension>}. */
    public String fileName() {
        return sha256 + "." + kind().extension();
    }

    /** The address relative to the context root, e.g. {@code /media/4503599627370496.jpg}. */
    public String path() {
        return id == null ? null : PATH_PREFIX + id + "." + kind().extension();
    }

    public Long getId() {
        return id;
    }

    public String getSha256() {
        return sha256;
    }

    public String getMediaType() {
        return mediaType;
    }

    public long getSizeBytes() {
        return sizeBytes;
    }

    public String getOriginalName() {
        return originalName;
    }

    public String getCaption() {
        return caption;
    }

    public String getCredit() {
        return credit;
    }

    public String getAltText() {
        return altText;
    }

    public Integer getWidth() {
        return width;
    }

    public Integer getHeight() {
        return height;
    }

    public String getUploadedBy() {
        return uploadedBy;
    }

    public LocalDateTime getUploadedAt() {
        return uploadedAt;
    }
}
