package org.newsroom.web.articles.feeds;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.newsroom.news.article.ArticleFilter;
import org.newsroom.news.article.PublicArticle;
import org.newsroom.news.article.PublicArticles;
import org.newsroom.news.article.SectionRef;
import org.newsroom.news.edition.Edition;
import org.newsroom.web.editions.ReaderEdition;
import org.newsroom.web.http.SiteAddresses;

/**
 * RSS 2.0 and Atom feeds of the latest 20 published articles: /feed/rss.xml and /feed/atom.xml for
 * the whole site, /feed/{section}/rss.xml and /feed/{section}/atom.xml for one section. An unknown
 * section or any other address under /feed is 404.
 */
@WebServlet(name = "FeedServlet", urlPatterns = {FeedRequest.PREFIX + "/*", "/ru" + FeedRequest.PREFIX + "/*"})
public class FeedServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    /** Feed readers poll; a minute keeps a withdrawn story from lingering in caches. */
    private static final int MAX_AGE_SECONDS = 60;

    @EJB
    private PublicArticles articles;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Edition edition = ReaderEdition.ofPath(request.getServletPath());
        Optional<FeedRequest> wanted = FeedRequest.parse(request.getPathInfo(), edition);
        if (wanted.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        FeedRequest feed = wanted.get();
        SectionRef section = null;
        if (feed.sectionSlug() != null) {
            Optional<SectionRef> known = articles.section(feed.sectionSlug(), edition);
            if (known.isEmpty()) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
            section = known.get();
        }
        ArticleFilter filter = (section == null ? ArticleFilter.ALL : ArticleFilter.section(section.slug())).in(edition);
        List<PublicArticle> latest = articles.latest(filter, 0, FeedBuilder.ENTRIES);
        byte[] body = FeedBuilder.write(FeedBuilder.feed(feed, section, latest, SiteAddresses.of(request).in(edition)));
        CacheableResponse.send(request, response, feed.format().contentType(), body, MAX_AGE_SECONDS);
    }
}
