package org.newsroom.web.media.site;

import java.util.ArrayList;
import java.util.List;
import org.newsroom.news.media.Picture;

/**
 * The {@code srcset} attribute values for a {@link Picture}: each rendition with its width descriptor,
 * narrowest first, then (for the image's own format) the original as the widest choice, so the browser
 * picks the smallest file that fills the slot {@code sizes} describes at the screen's pixel density.
 * Addresses are relative to the site's root and start with the context path. Plain Java.
 */
public final class Srcset {

    private Srcset() {
    }

    /** In the original's format; only the original while the renditions are being prepared. */
    public static String of(Picture picture, String contextPath) {
        List<String> candidates = new ArrayList<>();
        for (int width : picture.renditionWidths()) {
            candidates.add(contextPath + picture.path(width, picture.extension()) + " " + width + "w");
        }
        candidates.add(contextPath + picture.path() + " " + picture.width() + "w");
        return String.join(", ", candidates);
    }

    /** The WebP renditions; "" when there are none (the page then offers no WebP source). */
    public static String webp(Picture picture, String contextPath) {
        if (!picture.hasWebp()) {
            return "";
        }
        List<String> candidates = new ArrayList<>();
        for (int width : picture.renditionWidths()) {
            candidates.add(contextPath + picture.path(width, Picture.WEBP) + " " + width + "w");
        }
        return String.join(", ", candidates);
    }

    /** The rendition a page's {@code src} names for browsers without srcset: the one nearest {@code width} from above, else the original. */
    public static String fallback(Picture picture, String contextPath, int width) {
        return picture.renditionWidths().stream().filter(w -> w >= width).findFirst()
                .map(w -> contextPath + picture.path(w, picture.extension()))
                .orElse(contextPath + picture.path());
    }
}
