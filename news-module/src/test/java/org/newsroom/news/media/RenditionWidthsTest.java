package org.newsroom.news.media;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class RenditionWidthsTest {

    @Test
    void aLargePhotoGetsEveryStandardWidth() {
        assertEquals(List.of(320, 640, 960, 1200, 1600), RenditionWidths.forOriginal(2400));
    }

    @Test
    void nothingIsUpscaledNorCopiedAtItsOwnWidth() {
        assertEquals(List.of(320, 640, 960), RenditionWidths.forOriginal(1200));
        assertEquals(List.of(320, 640, 960, 1200), RenditionWidths.forOriginal(1201));
        assertEquals(List.of(), RenditionWidths.forOriginal(320));
        assertEquals(List.of(320), RenditionWidths.forOriginal(321));
    }

    @Test
    void heightsKeepTheAspectRatio() {
        assertEquals(213, RenditionWidths.heightAt(320, 2400, 1600));
        assertEquals(180, RenditionWidths.heightAt(320, 1600, 900));
        assertEquals(1, RenditionWidths.heightAt(320, 4000, 2));
    }

    @Test
    void theStoredListReadsBack() {
        assertEquals("320,640", RenditionWidths.format(List.of(320, 640)));
        assertEquals(List.of(320, 640), RenditionWidths.parse("320,640"));
        assertEquals(List.of(), RenditionWidths.parse(""));
        assertEquals(List.of(), RenditionWidths.parse(null));
    }

    @Test
    void linkPreviewsUseThe1200WideRenditionOrTheOriginal() {
        Picture large = new Picture(1234567890123456L, "jpg", 2400, 1600, "", List.of(320, 640, 960, 1200, 1600), true);
        assertEquals(1200, large.sharingWidth());
        assertEquals("/media/1234567890123456-1200.jpg", large.sharingPath());
        assertEquals(800, large.heightAt(large.sharingWidth()));
        Picture narrow = new Picture(1234567890123456L, "png", 1000, 500, "", List.of(320, 640, 960), false);
        assertEquals(1000, narrow.sharingWidth());
        assertEquals("/media/1234567890123456.png", narrow.sharingPath());
        assertEquals(500, narrow.heightAt(narrow.sharingWidth()));
    }

    @Test
    void anImageOfUnknownSizeIsNoPicture() {
        assertEquals(null, Picture.of(1L, "image/webp", null, null, "x", "", false));
        assertEquals(null, Picture.of(null, null, null, null, null, null, null));
        assertEquals("/media/7.jpg", Picture.of(7L, "image/jpeg", 800, 600, null, null, null).path());
    }
}
