package org.newsroom.news.media;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Which smaller copies (renditions) an image gets, by width in pixels: each of {@link #STANDARD} that is
 * narrower than the original, never an upscale (a blurred enlargement would cost bytes and show nothing
 * more). The original itself remains the widest choice. Heights keep the original's aspect ratio. Plain Java.
 */
public final class RenditionWidths {

    /** Phones (320, 640 at 2×), tablets and laptops (960, 1200), wide screens (1600). */
    public static final List<Integer> STANDARD = List.of(320, 640, 960, 1200, 1600);
    /** Link previews (OpenGraph, Twitter cards) ask for about 1200 pixels across. */
    public static final int FOR_SHARING = 1200;

    private RenditionWidths() {
    }

    /** The widths to make for an original this wide, narrowest first; none for an image 320 pixels wide or less. */
    public static List<Integer> forOriginal(int originalWidth) {
        return STANDARD.stream().filter(width -> width < originalWidth).toList();
    }

    /** The height of a rendition {@code width} wide, rounded, at least one pixel. */
    public static int heightAt(int width, int originalWidth, int originalHeight) {
        return Math.max(1, (int) Math.round((double) originalHeight * width / originalWidth));
    }

    /** As stored in MEDIA_ITEM.RENDITION_WIDTHS: "320,640,960"; "" when there are none. */
    public static String format(List<Integer> widths) {
        return widths.stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    /** The stored form read back; null or "" is none. */
    public static List<Integer> parse(String stored) {
        if (stored == null || stored.isBlank()) {
            return List.of();
        }
        return Arrays.stream(stored.split(",")).map(String::strip).map(Integer::valueOf).toList();
    }
}
