package org.newsroom.web.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SiteAddressesTest {

    @Test
    void defaultPortsAreLeftOutOthersKept() {
        assertEquals("https://news.example", SiteAddresses.origin("https", "news.example", 443));
        assertEquals("http://news.example", SiteAddresses.origin("HTTP", "news.example", 80));
        assertEquals("http://localhost:8080", SiteAddresses.origin("http", "localhost", 8080));
        assertEquals("https://news.example:80", SiteAddresses.origin("https", "news.example", 80));
        assertEquals("http://[::1]:8080", SiteAddresses.origin("http", "::1", 8080));
    }

    @Test
    void anArticleIsAddressedByItsSlugOnTheArticlePage() {
        SiteAddresses site = new SiteAddresses("http://localhost:8080", "/newsroom-it");
        assertEquals("http://localhost:8080/newsroom-it/", site.home());
        assertEquals("http://localhost:8080/newsroom-it/article.xhtml?slug=bread-prices", site.article("bread-prices"));
        assertEquals("http://localhost:8080/newsroom-it/api/articles/bread-prices", site.articleInApi("bread-prices"));
        assertEquals("http://localhost:8080/newsroom-it/feed/rss.xml", site.absolute("/feed/rss.xml"));
    }

    @Test
    void unusualSlugsAreEncoded() {
        SiteAddresses site = new SiteAddresses("https://news.example", "");
        assertEquals("https://news.example/article.xhtml?slug=a%26b+c", site.article("a&b c"));
        assertEquals("https://news.example/api/articles/a%26b%20c", site.articleInApi("a&b c"));
        assertEquals("", site.contextPath());
    }
}
