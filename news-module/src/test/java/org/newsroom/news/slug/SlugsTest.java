package org.newsroom.news.slug;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SlugsTest {

    @Test
    void snapshotTitleBecomesAReadableSlug() {
        assertEquals("president-tokayevs-washington-visit-peace-is-not-a-bridge-too-far",
                Slugs.fromTitle("President Tokayev’s Washington Visit: Peace is Not a Bridge Too Far"));
    }

    @Test
    void accentsAreFoldedAndPunctuationCollapses() {
        assertEquals("cafe-in-almaty-2026", Slugs.fromTitle("  Café — in Almaty!! 2026 "));
    }

    @Test
    void overlongTitlesAreCutAtAHyphen() {
        String slug = Slugs.fromTitle("word ".repeat(60));
        assertTrue(slug.length() <= 120, slug);
        assertTrue(slug.endsWith("word"), slug);
    }

    @Test
    void aTitleWithNothingUsableStillGivesASlug() {
        assertEquals("article", Slugs.fromTitle("!!!"));
    }
}
