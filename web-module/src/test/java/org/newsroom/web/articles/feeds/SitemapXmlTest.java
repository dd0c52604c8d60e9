package org.newsroom.web.articles.feeds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.time.LocalDateTime;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.newsroom.news.article.ArticleAddress;
import org.newsroom.news.article.RecentArticle;
import org.newsroom.web.http.SiteAddresses;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class SitemapXmlTest {

    private static final SiteAddresses SITE = new SiteAddresses("https://news.example", "");

    @Test
    void aUrlsetListsTheHomepageThenArticlesWithTheirLastChange() throws Exception {
        Document xml = parse(SitemapXml.urlset(SITE, true, List.of(
                new ArticleAddress("first-story", LocalDateTime.of(2026, 2, 20, 9, 30), LocalDateTime.of(2026, 2, 20, 9, 30), "en"),
                new ArticleAddress("second-story", LocalDateTime.of(2026, 2, 21, 7, 5, 9, 123_000_000),
                        LocalDateTime.of(2026, 2, 21, 7, 0), "ru"))));
        Element root = xml.getDocumentElement();
        assertEquals("urlset", root.getLocalName());
        assertEquals(SitemapXml.SITEMAP_NS, root.getNamespaceURI());
        assertEquals(6, root.getElementsByTagNameNS(SitemapXml.SITEMAP_NS, "url").getLength());
        assertEquals("https://news.example/", text(xml, SitemapXml.SITEMAP_NS, "loc", 0));
        assertEquals("https://news.example/ru/", text(xml, SitemapXml.SITEMAP_NS, "loc", 1), "the Russian edition's homepage");
        assertEquals("https://news.example/rates", text(xml, SitemapXml.SITEMAP_NS, "loc", 2), "the public rates page");
        assertEquals("https://news.example/ru/rates", text(xml, SitemapXml.SITEMAP_NS, "loc", 3), "the Russian rates page");
        assertEquals("https://news.example/2026/02/first-story/", text(xml, SitemapXml.SITEMAP_NS, "loc", 4));
        assertEquals("https://news.example/ru/2026/02/second-story/", text(xml, SitemapXml.SITEMAP_NS, "loc", 5),
                "a Russian article at its edition's permalink");
        assertEquals("2026-02-20T09:30:00Z", text(xml, SitemapXml.SITEMAP_NS, "lastmod", 0));
        assertEquals("2026-02-21T07:05:09Z", text(xml, SitemapXml.SITEMAP_NS, "lastmod", 1), "W3C Datetime, whole seconds");
    }

    @Test
    void ampersandsInAddressesAreEscaped() throws Exception {
        byte[] bytes = SitemapXml.index(List.of("https://news.example/sitemap.xml?page=1&x=y"));
        assertTrue(new String(bytes, "UTF-8").contains("page=1&amp;x=y"));
        Document xml = parse(bytes);
        assertEquals("sitemapindex", xml.getDocumentElement().getLocalName());
        assertEquals("https://news.example/sitemap.xml?page=1&x=y", text(xml, SitemapXml.SITEMAP_NS, "loc", 0));
    }

    @Test
    void aNewsSitemapNamesThePublicationTheLanguageTheDateAndTheTitle() throws Exception {
        Document xml = parse(SitemapXml.news(SITE, List.of(
                new RecentArticle("somoni-steady", "Somoni <steady> & calm", "RU", LocalDateTime.of(2026, 11, 26, 8, 0)))));
        String news = SitemapXml.NEWS_NS;
        assertEquals("https://news.example/ru/2026/11/somoni-steady/", text(xml, SitemapXml.SITEMAP_NS, "loc", 0),
                "a Russian article at its edition's address");
        assertEquals("Newsroom", text(xml, news, "name", 0));
        assertEquals("ru", text(xml, news, "language", 0));
        assertEquals("2026-11-26T08:00:00Z", text(xml, news, "publication_date", 0));
        assertEquals("Somoni <steady> & calm", text(xml, news, "title", 0));
    }

    @Test
    void aNewsSitemapWithNothingRecentIsAnEmptyUrlset() throws Exception {
        Document xml = parse(SitemapXml.news(SITE, List.of()));
        assertEquals("urlset", xml.getDocumentElement().getLocalName());
        assertEquals(0, xml.getElementsByTagNameNS(SitemapXml.SITEMAP_NS, "url").getLength());
    }

    static Document parse(byte[] bytes) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(bytes));
    }

    private static String text(Document xml, String namespace, String name, int index) {
        return xml.getElementsByTagNameNS(namespace, name).item(index).getTextContent();
    }
}
