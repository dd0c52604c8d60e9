package org.newsroom.news.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsroom.news.article.ArticleBody;

/** Bodies as WordPress would have shown them, then through the sanitiser, as an import stores them. */
class WordPressBodyTest {

    private static WxrIndex index;
    private static ImportedLinks links;

    @BeforeAll
    static void readFixture() {
        index = Fixture.index();
        // Every attachment "imported" at /media/<id>.jpg with its own alt text and caption.
        links = new IndexedLinks(index, id -> Optional.ofNullable(index.attachments().get(id))
                .map(a -> new ImportedLinks.ImportedFile("/media/" + (1_000_000_000_000_000L + id) + ".jpg", a.altText(), a.caption())));
    }

    private static String stored(String titleStart) {
        WxrItem item = Fixture.post(titleStart);
        return ArticleBody.sanitize(WordPressBody.convert(item.content(), item.postId(), links).html());
    }

    @Test
    void blockCommentsGoAndTheirHtmlStays() {
        String body = stored("Kazakhstan’s Middle Corridor bet");
        assertFalse(body.contains("wp:"), body);
        assertTrue(body.startsWith("<p>When the second track"), body.substring(0, 80));
        assertTrue(body.contains("<figure") && body.contains("<figcaption>Work on the second track"), "image block kept with caption");
        assertTrue(body.contains("src=\"/media/1000000000000004.jpg\""), "the -1024x683 variant points at the imported original");
    }

    @Test
    void classicBodiesGetParagraphsAndCaptionsBecomeFigures() {
        String body = stored("Bishkek’s market traders");
        assertTrue(body.startsWith("<p>BISHKEK"), body.substring(0, 60));
        assertTrue(body.contains("<figure class=\"aligncenter\"><img src=\"/media/1000000000000013.jpg\""), body.substring(0, 600));
        assertTrue(body.contains("<figcaption>Containers turned into shops at Dordoi. Photo: James Harrison</figcaption>"));
        assertFalse(body.contains("[caption"));
    }

    @Test
    void aGalleryBecomesAFigurePerImage() {
        String body = stored("In pictures: the Nurek reservoir");
        for (long id : new long[] {15, 16, 17, 18}) {
            assertTrue(body.contains("/media/" + (1_000_000_000_000_000L + id) + ".jpg"), "gallery image " + id);
        }
        assertFalse(body.contains("[gallery"));
        assertTrue(count(body, "<figure") >= 4);
    }

    @Test
    void embedsAndBareVideoLinesBecomeLinksThatLoadNothing() {
        String body = stored("Video: Turkmenistan opens");
        assertTrue(body.contains("youtube.com/watch?v&#61;Qk7PzvN2a1E\">Watch the video on YouTube</a>"), body);
        assertFalse(body.contains("[embed]"));
        assertEquals(2, count(body, "Watch the video on YouTube"), "the [embed] and the bare line");
        assertFalse(body.contains("<iframe"));
        assertTrue(stored("Watch: how Almaty’s metro").contains("Lm4r8Vd2XkA\">Watch the video"));
    }

    @Test
    void scriptsHandlersAndIframesDoNotSurvive() {
        String poll = stored("Poll: should Uzbekistan");
        assertFalse(poll.contains("<script") || poll.contains("onclick") || poll.contains("javascript:"), poll);
        assertFalse(stored("Map: where Kyrgyzstan").contains("<iframe"));
    }

    @Test
    void unknownShortcodesAreReportedAndKeptAsText() {
        WxrItem contact = Fixture.items().stream().filter(i -> "Contact".equals(i.title())).findFirst().orElseThrow();
        ConvertedBody body = WordPressBody.convert(contact.content(), contact.postId(), links);
        assertTrue(body.notes().stream().anyMatch(n -> n.contains("[contact-form-7")), body.notes().toString());
        assertTrue(ArticleBody.sanitize(body.html()).contains("[contact-form-7 id&#61;"));
        assertTrue(ArticleBody.sanitize(body.html()).contains("<a href=\"mailto:newsroom"));
    }

    @Test
    void linksToPostsPointAtTheirNewAddressesAndThePdfAtItsMedia() {
        String body = stored("Kazakhstan’s central bank holds base rate");
        assertTrue(body.contains("/media/1000000000000035.jpg"), "the PDF link points at the imported file");
        WxrIndex.PostAddress wage = index.post(40).orElseThrow();
        assertEquals("/2025/11/uzbekistan-raises-minimum-wage-by-12-percent/", wage.newAddress());
        assertEquals(Optional.of(wage.newAddress()), links.postAddress("http://steppe-courier.example/?p=40"));
        assertEquals(Optional.of(wage.newAddress()),
                links.postAddress("http://steppe-courier.example/2025/11/uzbekistan-raises-minimum-wage-by-12-percent/"));
    }

    @Test
    void wpautopKeepsBlocksAndBreaksSingleLines() {
        assertEquals("<p>One<br />\ntwo</p>\n\n<h2>Head</h2>\n\n<p>Three</p>", WordPressBody.autop("One\ntwo\n\n<h2>Head</h2>\n\n\nThree").strip());
    }

    @Test
    void aMissingFileIsReportedAndItsAddressKept() {
        ImportedLinks nothing = new IndexedLinks(index, id -> Optional.empty());
        ConvertedBody body = WordPressBody.convert("<img src=\"http://steppe-courier.example/wp-content/uploads/2026/11/x.jpg\">", 1, nothing);
        assertTrue(body.notes().get(0).contains("not imported"), body.notes().toString());
        assertTrue(body.html().contains("uploads/2026/11/x.jpg"));
    }

    private static int count(String text, String part) {
        Matcher found = Pattern.compile(Pattern.quote(part)).matcher(text);
        int n = 0;
        while (found.find()) {
            n++;
        }
        return n;
    }
}
