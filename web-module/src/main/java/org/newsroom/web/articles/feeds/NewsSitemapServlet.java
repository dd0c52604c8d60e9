package org.newsroom.web.articles.feeds;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import org.newsroom.news.article.PublicArticles;
import org.newsroom.web.http.SiteAddresses;

/**
 * /sitemap-news.xml: a Google News sitemap of the articles first published in the last 48 hours
 * (Google reads no older ones), at most 1,000 (its limit per file), newest first.
 */
@WebServlet(name = "NewsSitemapServlet", urlPatterns = NewsSitemapServlet.PATH)
public class NewsSitemapServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    static final String PATH = "/sitemap-news.xml";
    static final Duration WINDOW = Duration.ofHours(48);
    static final int MAX_URLS = 1_000;
    /** News crawlers come often and want new stories fast. */
    private static final int MAX_AGE_SECONDS = 60;

    @EJB
    private PublicArticles articles;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        byte[] body = SitemapXml.news(SiteAddresses.of(request), articles.publishedWithin(WINDOW, MAX_URLS));
        CacheableResponse.send(request, response, SitemapServlet.CONTENT_TYPE, body, MAX_AGE_SECONDS);
    }
}
