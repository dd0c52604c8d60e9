package org.newsroom.news.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ExcerptTest {

    @Test
    void shortBodyIsShownWhole() {
        assertEquals("Rates steady in Bishkek.", Excerpt.derive("<p>Rates steady in <b>Bishkek</b>.</p>", 300));
    }

    @Test
    void longBodyIsCutAtAWordBoundaryAndEndsWithThreeDots() {
        String body = "<p>This approach is structural and long-standing in Astana.</p>";
        String excerpt = Excerpt.derive(body, 30);
        assertEquals("This approach is structural...", excerpt);
    }

    @Test
    void punctuationBeforeTheCutIsDroppedSoTheDotsFollowAWord() {
        assertEquals("Peace, trade...", Excerpt.derive("Peace, trade, and cooperation were discussed.", 14));
    }

    @Test
    void captionShortcodesAndTagsNeverLeakIntoTheExcerpt() {
        String body = "[caption id=\"attachment_43949\" align=\"aligncenter\" width=\"794\"]<img src=\"a.jpg\"> "
                + "Ambassador Stufft; image: Akorda[/caption] Addressing commercial ties &amp; mining.";
        String excerpt = Excerpt.plainText(body);
        assertEquals("Ambassador Stufft; image: Akorda Addressing commercial ties & mining.", excerpt);
    }

    @Test
    void aSanitisedBodysCharacterReferencesReadAsTheCharacters() {
        String body = ArticleBody.sanitize("<p>Tokayev: \"Peace\" = 1 + 1 @ Astana</p>");
        assertEquals("Tokayev: \"Peace\" = 1 + 1 @ Astana", Excerpt.derive(body, 300));
    }

    @Test
    void aSingleOverlongWordIsCutHard() {
        String excerpt = Excerpt.derive("x".repeat(50), 10);
        assertEquals("xxxxxxxxxx...", excerpt);
        assertTrue(excerpt.endsWith("..."));
    }
}
