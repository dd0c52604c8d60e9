package org.newsroom.web.articles.feeds;

import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Locale;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.newsroom.news.article.ArticleAddress;
import org.newsroom.news.article.RecentArticle;
import org.newsroom.news.edition.Edition;
import org.newsroom.web.http.SiteAddresses;

/**
 * Sitemap documents (sitemaps.org 0.9, and Google's news extension) written with the JDK's
 * XMLStreamWriter, which escapes every text and attribute ("&amp;" in a query string included).
 */
final class SitemapXml {

    static final String SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9";
    static final String NEWS_NS = "http://www.google.com/schemas/sitemap-news/0.9";
    static final String PUBLICATION_NAME = "Newsroom";

    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();

    private SitemapXml() {
    }

    /** A {@code <urlset>}: each edition's homepage and rates page (first file only) and articles, each with its last change. */
    static byte[] urlset(SiteAddresses site, boolean withHome, List<ArticleAddress> articles) {
        return document(xml -> {
            xml.writeStartElement("urlset");
            xml.writeDefaultNamespace(SITEMAP_NS);
            if (withHome) {
                for (Edition edition : Edition.values()) {
                    // each edition's homepage: /, /ru/
                    xml.writeStartElement("url");
                    element(xml, "loc", site.in(edition).home());
                    xml.writeEndElement();
                }
                for (Edition edition : Edition.values()) {
                    // each edition's rates page: /rates, /ru/rates
                    xml.writeStartElement("url");
                    element(xml, "loc", site.absolute(edition.pathPrefix() + "/rates"));
                    xml.writeEndElement();
                }
            }
            for (ArticleAddress article : articles) {
                xml.writeStartElement("url");
                element(xml, "loc", site.article(article.slug(), article.publishedAt(), article.language()));
                element(xml, "lastmod", W3cDates.of(article.updatedAt()));
                xml.writeEndElement();
            }
            xml.writeEndElement();
        });
    }

    /** A {@code <sitemapindex>} of the given sitemap files' addresses. */
    static byte[] index(List<String> sitemapLocations) {
        return document(xml -> {
            xml.writeStartElement("sitemapindex");
            xml.writeDefaultNamespace(SITEMAP_NS);
            for (String location : sitemapLocations) {
                xml.writeStartElement("sitemap");
                element(xml, "loc", location);
                xml.writeEndElement();
            }
            xml.writeEndElement();
        });
    }

    /** A Google News sitemap: each article with the publication's name, its language, date and title. */
    static byte[] news(SiteAddresses site, List<RecentArticle> articles) {
        return document(xml -> {
            xml.writeStartElement("urlset");
            xml.writeDefaultNamespace(SITEMAP_NS);
            xml.writeNamespace("news", NEWS_NS);
            for (RecentArticle article : articles) {
                xml.writeStartElement("url");
                element(xml, "loc", site.article(article.slug(), article.publishedAt(), article.language()));
                xml.writeStartElement("news", "news", NEWS_NS);
                xml.writeStartElement("news", "publication", NEWS_NS);
                newsElement(xml, "name", PUBLICATION_NAME);
                // ISO 639 codes, which Google reads in lower case ("en", "ru", "zh-cn")
                newsElement(xml, "language", article.language().toLowerCase(Locale.ROOT));
                xml.writeEndElement();
                newsElement(xml, "publication_date", W3cDates.of(article.publishedAt()));
                newsElement(xml, "title", article.title());
                xml.writeEndElement();
                xml.writeEndElement();
            }
            xml.writeEndElement();
        });
    }

    private interface Body {
        void write(XMLStreamWriter xml) throws XMLStreamException;
    }

    private static byte[] document(Body body) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            XMLStreamWriter xml = FACTORY.createXMLStreamWriter(bytes, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            body.write(xml);
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Could not write a sitemap", e);
        }
        return bytes.toByteArray();
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }

    private static void newsElement(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement("news", name, NEWS_NS);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }
}
