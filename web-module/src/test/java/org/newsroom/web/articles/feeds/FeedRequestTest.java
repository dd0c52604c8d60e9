package org.newsroom.web.articles.feeds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class FeedRequestTest {

    @Test
    void theWholeSitesFeeds() {
        assertEquals(new FeedRequest(null, FeedFormat.RSS, org.newsroom.news.edition.Edition.EN), FeedRequest.parse("/rss.xml").orElseThrow());
        assertEquals(new FeedRequest(null, FeedFormat.ATOM, org.newsroom.news.edition.Edition.EN), FeedRequest.parse("/atom.xml").orElseThrow());
    }

    @Test
    void aSectionsFeedsAndTheirOwnPaths() {
        FeedRequest feed = FeedRequest.parse("/foreign-affairs/atom.xml").orElseThrow();
        assertEquals("foreign-affairs", feed.sectionSlug());
        assertEquals(FeedFormat.ATOM, feed.format());
        assertEquals("/feed/foreign-affairs/atom.xml", feed.path());
        assertEquals("/feed/rss.xml", FeedRequest.parse("/rss.xml").orElseThrow().path());
    }

    @Test
    void anythingElseIsNoFeed() {
        for (String path : new String[] {null, "", "/", "/rss", "/feed.xml", "/a/b/rss.xml", "/Politics/rss.xml",
                "/politics/", "/../rss.xml", "/-x/rss.xml", "/politics/rss.xml/"}) {
            assertTrue(FeedRequest.parse(path).isEmpty(), String.valueOf(path));
        }
    }
}
