package org.newsroom.web.media.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsroom.news.media.Picture;

class SrcsetTest {

    private static final Picture LARGE = new Picture(1234567890123456L, "jpg", 2400, 1600, "Hills",
            List.of(320, 640, 960, 1200, 1600), true);

    @Test
    void everyRenditionThenTheOriginalWithTheirWidths() {
        assertEquals("/ctx/media/1234567890123456-320.jpg 320w, /ctx/media/1234567890123456-640.jpg 640w, "
                + "/ctx/media/1234567890123456-960.jpg 960w, /ctx/media/1234567890123456-1200.jpg 1200w, "
                + "/ctx/media/1234567890123456-1600.jpg 1600w, /ctx/media/1234567890123456.jpg 2400w",
                Srcset.of(LARGE, "/ctx"));
    }

    @Test
    void webpListsTheWebpRenditions() {
        assertEquals("/media/1234567890123456-320.webp 320w, /media/1234567890123456-640.webp 640w, "
                + "/media/1234567890123456-960.webp 960w, /media/1234567890123456-1200.webp 1200w, "
                + "/media/1234567890123456-1600.webp 1600w", Srcset.webp(LARGE, ""));
    }

    @Test
    void whileSizesArePreparedOnlyTheOriginalIsOffered() {
        Picture preparing = new Picture(42L, "png", 1800, 900, "", List.of(), false);
        assertEquals("/media/42.png 1800w", Srcset.of(preparing, ""));
        assertEquals("", Srcset.webp(preparing, ""));
        assertEquals("/media/42.png", Srcset.fallback(preparing, "", 640));
    }

    @Test
    void noWebpWithoutTheEncoder() {
        Picture jpegOnly = new Picture(42L, "jpg", 1000, 500, "", List.of(320, 640, 960), false);
        assertEquals("", Srcset.webp(jpegOnly, ""));
        assertEquals("/media/42-640.jpg", Srcset.fallback(jpegOnly, "", 400));
        assertEquals("/media/42.jpg", Srcset.fallback(jpegOnly, "", 1000));
    }
}
