package org.newsroom.news.media;

import java.util.List;

/**
 * What a reader's page needs to show an image responsively: its address, size, alt text and the
 * renditions made of it so far (none while they are being prepared: the page then shows the original).
 * Detached from JPA, like the teasers that carry it.
 *
 * @param extension the original's, e.g. "jpg"; its renditions share it, and WebP ones end in "webp"
 * @param renditionWidths narrowest first, all narrower than {@code width}
 * @param webp whether each rendition also exists as WebP
 */
public record Picture(long id, String extension, int width, int height, String alt, List<Integer> renditionWidths,
                      boolean webp) {

    public static final String WEBP = "webp";

    public Picture {
        renditionWidths = List.copyOf(renditionWidths);
    }

    /**
     * From the stored columns; null when there is no image, or its size is unknown (a page cannot reserve
     * its space, so it is not shown in a list).
     */
    public static Picture of(Long id, String mediaType, Integer width, Integer height, String alt,
                             String renditionWidths, Boolean webp) {
        if (id == null || width == null || height == null || mediaType == null) {
            return null;
        }
        String extension = switch (mediaType) {
            case "image/jpeg" -> "jpg";
            case "image/png" -> "png";
            case "image/webp" -> WEBP;
            default -> null;
        };
        return extension == null ? null : new Picture(id, extension, width, height, alt == null ? "" : alt,
                RenditionWidths.parse(renditionWidths), Boolean.TRUE.equals(webp));
    }

    /** The original: {@code /media/{id}.{extension}}, relative to the context root. */
    public String path() {
        return MediaItem.PATH_PREFIX + id + "." + extension;
    }

    /** A rendition: {@code /media/{id}-{width}.{extension}}. */
    public String path(int renditionWidth, String renditionExtension) {
        return MediaItem.PATH_PREFIX + id + "-" + renditionWidth + "." + renditionExtension;
    }

    public int heightAt(int renditionWidth) {
        return renditionWidth == width ? height : RenditionWidths.heightAt(renditionWidth, width, height);
    }

    /** For link previews: the 1200-wide rendition when there is one, else the original. */
    public int sharingWidth() {
        return renditionWidths.contains(RenditionWidths.FOR_SHARING) ? RenditionWidths.FOR_SHARING : width;
    }

    public String sharingPath() {
        return sharingWidth() == width ? path() : path(sharingWidth(), extension);
    }

    public boolean hasWebp() {
        return webp && !renditionWidths.isEmpty();
    }
}
