package org.newsroom.web.articles.feeds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.rometools.rome.feed.synd.SyndCategory;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsroom.news.article.PublicArticle;
import org.newsroom.news.article.SectionRef;
import org.newsroom.web.http.SiteAddresses;

class FeedBuilderTest {

    private static final SiteAddresses SITE = new SiteAddresses("http://localhost:8080", "/news");
    private static final LocalDateTime PUBLISHED = LocalDateTime.of(2026, 2, 20, 9, 30);
    private static final PublicArticle ARTICLE = new PublicArticle(7, "bread-in-bishkek", "Bread & butter in Bishkek",
            "Prices rose <a little>.", "<p>Prices rose.</p>", "en", PUBLISHED, PUBLISHED.plusHours(2), "eddie",
            "Eddie Editor", List.of(new SectionRef("kyrgyzstan", "Kyrgyzstan"), new SectionRef("economy", "Economy")),
            List.of("bread"), null);

    @Test
    void anRssFeedReadsBackWithEveryField() throws Exception {
        SyndFeed feed = roundTrip(FeedRequest.parse("/rss.xml").orElseThrow(), null);
        assertEquals("rss_2.0", feed.getFeedType());
        assertEquals("Newsroom", feed.getTitle());
        assertEquals("http://localhost:8080/news/", feed.getLink());
        assertEntry(feed.getEntries().get(0));
    }

    @Test
    void anAtomFeedReadsBackWithEveryFieldAndItsOwnAddressAsId() throws Exception {
        SyndFeed feed = roundTrip(FeedRequest.parse("/economy/atom.xml").orElseThrow(), new SectionRef("economy", "Economy"));
        assertEquals("atom_1.0", feed.getFeedType());
        assertEquals("Newsroom: Economy", feed.getTitle());
        assertEquals("http://localhost:8080/news/feed/economy/atom.xml", feed.getUri());
        assertTrue(feed.getLinks().stream().anyMatch(link -> "self".equals(link.getRel())
                && link.getHref().equals("http://localhost:8080/news/feed/economy/atom.xml")));
        assertEquals(date(PUBLISHED.plusHours(2)), feed.getPublishedDate(), "updated: the latest change");
        SyndEntry entry = feed.getEntries().get(0);
        assertEntry(entry);
        assertEquals(date(PUBLISHED.plusHours(2)), entry.getUpdatedDate());
    }

    @Test
    void anEmptyFeedIsStillValid() throws Exception {
        byte[] bytes = FeedBuilder.write(FeedBuilder.feed(FeedRequest.parse("/atom.xml").orElseThrow(), null, List.of(), SITE));
        SyndFeed feed = new SyndFeedInput().build(new InputStreamReader(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8));
        assertEquals(0, feed.getEntries().size());
    }

    @Test
    void anArticleWithoutExcerptHasNoEmptyDescription() {
        PublicArticle bare = new PublicArticle(8, "bare", "Bare", "", "", "en", PUBLISHED, PUBLISHED, "eddie",
                "Eddie Editor", List.of(), List.of(), null);
        SyndFeed feed = FeedBuilder.feed(FeedRequest.parse("/rss.xml").orElseThrow(), null, List.of(bare), SITE);
        assertNull(feed.getEntries().get(0).getDescription());
        String rss = new String(FeedBuilder.write(feed), StandardCharsets.UTF_8);
        assertFalse(rss.contains("<description />") || rss.contains("<description></description>"), rss);
    }

    private static void assertEntry(SyndEntry entry) {
        assertEquals("Bread & butter in Bishkek", entry.getTitle());
        assertEquals("http://localhost:8080/news/2026/02/bread-in-bishkek/", entry.getLink(), "the permalink");
        assertEquals("Prices rose <a little>.", entry.getDescription().getValue(), "the excerpt, as plain text");
        assertEquals("Eddie Editor", entry.getAuthor());
        assertEquals(date(PUBLISHED), entry.getPublishedDate());
        assertEquals(List.of("Kyrgyzstan", "Economy"), entry.getCategories().stream().map(SyndCategory::getName).toList());
    }

    private static SyndFeed roundTrip(FeedRequest request, SectionRef section) throws Exception {
        byte[] bytes = FeedBuilder.write(FeedBuilder.feed(request, section, List.of(ARTICLE), SITE));
        return new SyndFeedInput().build(new InputStreamReader(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8));
    }

    private static Date date(LocalDateTime utc) {
        return Date.from(utc.toInstant(ZoneOffset.UTC));
    }
}
