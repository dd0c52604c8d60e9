package org.newsroom.news.article;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** WordPress [caption] shortcodes in imported bodies become figures when a body is saved. */
class ArticleBodyCaptionTest {

    /** As in the current site's snapshot: the scraped body kept the shortcode but lost the image. */
    private static final String SNAPSHOT_BODY = "[caption id=\"attachment_43949\" align=\"aligncenter\" width=\"794\"]"
            + " U.S. Ambassador Julie Stufft presents her credentials to President Kassym-Jomart Tokayev"
            + " of Kazakhstan; image: Akorda[/caption] Addressing commercial ties, Ambassador Stufft discussed";
    private static final String SNAPSHOT_FIGURE = "<figure class=\"aligncenter\"><figcaption>U.S. Ambassador Julie"
            + " Stufft presents her credentials to President Kassym-Jomart Tokayev of Kazakhstan; image: Akorda"
            + "</figcaption></figure>";

    @Test
    void theSnapshotsShortcodeWithoutAnImageKeepsItsCaption() {
        assertEquals(SNAPSHOT_FIGURE + " Addressing commercial ties, Ambassador Stufft discussed",
                ArticleBody.sanitize(SNAPSHOT_BODY));
    }

    @Test
    void aCaptionOpeningAParagraphIsMovedOutOfIt() {
        assertEquals(SNAPSHOT_FIGURE + "<p> Addressing commercial ties, Ambassador Stufft discussed</p>",
                ArticleBody.sanitize("<p>" + SNAPSHOT_BODY + "</p>"));
    }

    @Test
    void aCaptionAloneInAParagraphLosesTheParagraph() {
        assertEquals("<p>Before.</p><figure class=\"alignleft\"><figcaption>Akorda</figcaption></figure><p>After.</p>",
                ArticleBody.sanitize("<p>Before.</p><p>[caption align=\"alignleft\"]Akorda[/caption]</p><p>After.</p>"));
    }

    @Test
    void aCaptionClosingAParagraphFollowsIt() {
        assertEquals("<p>Before. </p><figure class=\"alignright\"><figcaption>Akorda</figcaption></figure>",
                ArticleBody.sanitize("<p>Before. [caption align=\"alignright\"]Akorda[/caption]</p>"));
    }

    @Test
    void anImageAndTrailingTextBecomeImageAndFigcaption() {
        String shortcode = "[caption id=\"attachment_43949\" align=\"aligncenter\" width=\"794\"]"
                + "<img class=\"size-full wp-image-43949\" src=\"https://newsroom.example/media/2026/02/stufft.jpg\""
                + " alt=\"Julie Stufft and Kassym-Jomart Tokayev\" width=\"794\" height=\"530\" />"
                + " U.S. Ambassador Julie Stufft presents her credentials; image: Akorda[/caption]";

        assertEquals("<figure class=\"aligncenter\"><img src=\"https://newsroom.example/media/2026/02/stufft.jpg\""
                        + " alt=\"Julie Stufft and Kassym-Jomart Tokayev\" width=\"794\" height=\"530\" />"
                        + "<figcaption>U.S. Ambassador Julie Stufft presents her credentials; image: Akorda</figcaption>"
                        + "</figure>",
                ArticleBody.sanitize(shortcode));
    }

    @Test
    void aLinkedImageKeepsItsLinkInsideTheFigure() {
        String shortcode = "[caption id=\"attachment_1\" align=\"alignright\" width=\"300\"]"
                + "<a href=\"https://newsroom.example/media/akorda.jpg\"><img src=\"/media/akorda-300x200.jpg\""
                + " alt=\"Akorda &gt; main hall\" width=\"300\" height=\"200\" /></a>"
                + " Tokayev at Akorda; image: <em>Akorda</em>[/caption]";

        assertEquals("<figure class=\"alignright\"><a href=\"https://newsroom.example/media/akorda.jpg\">"
                        + "<img src=\"/media/akorda-300x200.jpg\" alt=\"Akorda &gt; main hall\" width=\"300\" height=\"200\" />"
                        + "</a><figcaption>Tokayev at Akorda; image: <em>Akorda</em></figcaption></figure>",
                ArticleBody.sanitize(shortcode));
    }

    @Test
    void anAltTextContainingAGreaterThanSignDoesNotEndTheImage() {
        assertEquals("<figure class=\"alignnone\"><img src=\"/media/a.jpg\" alt=\"a &gt; b\" />"
                        + "<figcaption>Caption</figcaption></figure>",
                ArticleBody.sanitize("[caption]<img src=\"/media/a.jpg\" alt=\"a > b\"> Caption[/caption]"));
    }

    @Test
    void theCaptionAttributeIsUsedWhenPresent() {
        assertEquals("<figure class=\"alignleft\"><img src=\"/media/b.jpg\" alt=\"Bishkek\" />"
                        + "<figcaption>Bishkek at dawn; image: Kabar</figcaption></figure>",
                ArticleBody.sanitize("[caption id=\"attachment_2\" align=\"alignleft\" width=\"300\""
                        + " caption=\"Bishkek at dawn; image: Kabar\"]<img src=\"/media/b.jpg\" alt=\"Bishkek\" />[/caption]"));
    }

    @Test
    void anImageWithoutCaptionTextHasNoFigcaption() {
        assertEquals("<figure class=\"aligncenter\"><img src=\"/media/c.jpg\" /></figure>",
                ArticleBody.sanitize("[caption align='aligncenter']<img src='/media/c.jpg'>[/caption]"));
    }

    @Test
    void unknownOrMissingAlignmentBecomesAlignNone() {
        assertEquals("<figure class=\"alignnone\"><figcaption>x</figcaption></figure>",
                ArticleBody.sanitize("[caption align=\"float-left\"]x[/caption]"));
        assertEquals("<figure class=\"alignnone\"><figcaption>x</figcaption></figure>",
                ArticleBody.sanitize("[CAPTION id=\"attachment_9\"]x[/CAPTION]"));
    }

    @Test
    void everyCaptionInABodyIsConverted() {
        assertEquals("<figure class=\"alignleft\"><figcaption>one</figcaption></figure> between "
                        + "<figure class=\"alignright\"><figcaption>two</figcaption></figure>",
                ArticleBody.sanitize("[caption align=\"alignleft\"]one[/caption] between "
                        + "[caption align=\"alignright\"]two[/caption]"));
    }

    @Test
    void emptyAndUnpairedShortcodesDisappear() {
        assertEquals("before after", ArticleBody.sanitize("before [caption id=\"attachment_3\"] [/caption]after"));
        assertEquals("text and more", ArticleBody.sanitize("text [caption id=\"x\"]and more"));
        assertEquals("text and more", ArticleBody.sanitize("text and[/caption] more"));
    }
}
