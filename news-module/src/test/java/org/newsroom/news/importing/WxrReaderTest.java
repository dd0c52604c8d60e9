package org.newsroom.news.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WxrReaderTest {

    @Test
    void theFixtureReadsAsItsReadmeDescribesIt() {
        WxrIndex index = Fixture.index();
        assertEquals("http://steppe-courier.example", index.site().key());
        assertEquals("1.2", index.site().wxrVersion());
        assertEquals(95, index.items());
        assertEquals(4, index.authors().size());
        assertEquals("Айгерим Сапарова", index.author("aigerim").orElseThrow().displayName());
        assertEquals(9, index.categoriesParentsFirst().size(), "categories once each, despite the repeated wp:terms");
        assertEquals(31, index.tags().size());
        assertTrue(index.duplicateTerms() >= 40, "the channel repeats every category and tag as a wp:term");
        assertEquals(45, index.attachments().size());
        List<String> order = index.categoriesParentsFirst().stream().map(WxrTerm::slug).toList();
        assertTrue(order.indexOf("economy") < order.indexOf("energy"), "a parent comes before its child: " + order);
    }

    @Test
    void itemsCarryTheirFieldsMetaCategoriesAndComments() {
        WxrItem wage = Fixture.post("Uzbekistan raises minimum wage");
        assertEquals(40, wage.postId());
        assertEquals(List.of("uzbekistan-to-raise-minimum-wage-by-10-percent"), wage.allMeta("_wp_old_slug"));
        assertTrue(wage.content().length() > 200);
        long withComments = Fixture.items().stream().mapToInt(WxrItem::comments).sum();
        assertEquals(6, withComments);
    }

    @Test
    void aFileCutShortSaysSoAndWhatCameBeforeWasRead(@TempDir Path dir) throws IOException {
        byte[] whole = Files.readAllBytes(Fixture.wxr());
        byte[] half = Arrays.copyOf(whole, whole.length / 2);
        List<WxrItem> read = new ArrayList<>();
        WxrUnreadable cut = assertThrows(WxrUnreadable.class, () -> WxrReader.read(new ByteArrayInputStream(half),
                new WxrHandler() {
                    @Override
                    public boolean item(WxrItem item) {
                        read.add(item);
                        return true;
                    }
                }));
        assertTrue(cut.getMessage().contains("cut short"), cut.getMessage());
        assertFalse(read.isEmpty(), "items before the cut were handed over");
    }

    @Test
    void aBillionLaughsFileIsRefusedBeforeAnythingIsExpanded() {
        String laughs = "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\">"
                + "<!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">"
                + "<!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\">]>"
                + "<rss><channel><title>&lol3;</title></channel></rss>";
        WxrUnreadable refused = assertThrows(WxrUnreadable.class, () -> read(laughs));
        assertTrue(refused.getMessage().contains("document type"), refused.getMessage());
    }

    @Test
    void anExternalEntityIsNeverRead(@TempDir Path dir) throws IOException {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP SECRET");
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>"
                + "<rss><channel><title>&xxe;</title><wp:wxr_version xmlns:wp=\"http://wordpress.org/export/1.2/\">1.2"
                + "</wp:wxr_version><item><title>&xxe;</title></item></channel></rss>";
        List<String> titles = new ArrayList<>();
        WxrUnreadable refused = assertThrows(WxrUnreadable.class, () -> WxrReader.read(
                new ByteArrayInputStream(xxe.getBytes(StandardCharsets.UTF_8)), new WxrHandler() {
                    @Override
                    public void site(WxrSite site) {
                        titles.add(site.title());
                    }
                }));
        assertTrue(refused.getMessage().contains("document type"), refused.getMessage());
        assertTrue(titles.stream().noneMatch(t -> t != null && t.contains("SECRET")));
    }

    @Test
    void somethingElseIsNotAWordPressExport() {
        assertTrue(assertThrows(WxrUnreadable.class, () -> read("<html><body>hi</body></html>")).getMessage()
                .contains("not a WordPress export"));
        assertTrue(assertThrows(WxrUnreadable.class, () -> read("<rss version=\"2.0\"><channel><title>A feed</title>"
                + "<item><title>x</title></item></channel></rss>")).getMessage().contains("wxr_version"));
        assertTrue(assertThrows(WxrUnreadable.class, () -> read("PK\u0003\u0004 a zip")).getMessage()
                .contains("not well-formed"));
    }

    private static void read(String xml) {
        WxrReader.read(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), new WxrHandler() {
        });
    }
}
