package org.newsroom.web.articles.feeds;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.logging.Logger;
import java.util.stream.IntStream;
import org.newsroom.news.article.ArticleFilter;
import org.newsroom.news.article.PublicArticles;
import org.newsroom.news.settings.Settings;
import org.newsroom.web.http.SiteAddresses;

/**
 * /sitemap.xml: each edition's homepage and rates page and every published article. Up to 50,000 URLs it is one
 * {@code <urlset>}; beyond, it is a {@code <sitemapindex>} of /sitemap.xml?page=1..n, each page a
 * {@code <urlset>} of at most 50,000 (NEWSROOM_SITEMAP_URLS_PER_FILE lowers that, for tests).
 */
@WebServlet(name = "SitemapServlet", urlPatterns = SitemapServlet.PATH)
public class SitemapServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(SitemapServlet.class.getName());

    static final String PATH = "/sitemap.xml";
    static final String URLS_PER_FILE_VARIABLE = "NEWSROOM_SITEMAP_URLS_PER_FILE";
    static final String CONTENT_TYPE = "application/xml;charset=UTF-8";
    /** Crawlers fetch sitemaps now and then; a big page is costly to build, so caches may keep it a while. */
    private static final int MAX_AGE_SECONDS = 300;

    @EJB
    private PublicArticles articles;

    private int urlsPerFile;

    @Override
    public void init() {
        urlsPerFile = urlsPerFile(Settings.fromConfig());
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String pageParameter = request.getParameter("page");
        Integer page = null;
        if (pageParameter != null) {
            try {
                page = Integer.valueOf(pageParameter.strip());
            } catch (NumberFormatException e) {
                response.sendError(HttpServletResponse.SC_BAD_REQUEST, "page is a whole number");
                return;
            }
        }
        SitemapPaging paging = new SitemapPaging(articles.count(ArticleFilter.ALL), urlsPerFile);
        SiteAddresses site = SiteAddresses.of(request);
        byte[] body;
        if (page == null && paging.needsIndex()) {
            List<String> files = IntStream.rangeClosed(1, paging.files()).mapToObj(n -> site.absolute(PATH + "?page=" + n))
                    .toList();
            body = SitemapXml.index(files);
        } else {
            int file = page == null ? 1 : page;
            if (!paging.hasFile(file)) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND, "The sitemap has " + paging.files() + " pages");
                return;
            }
            body = SitemapXml.urlset(site, paging.includesHome(file),
                    articles.addresses(paging.firstArticle(file), paging.articleCount(file)));
        }
        CacheableResponse.send(request, response, CONTENT_TYPE, body, MAX_AGE_SECONDS);
    }

    /** The configured URLs per sitemap file, or the protocol's 50,000 when unset or unusable. */
    /** @throws org.newsroom.news.settings.SettingInvalid naming the variable */
    public static int urlsPerFile(Settings settings) {
        return settings.wholeNumber(URLS_PER_FILE_VARIABLE, "URLs", SitemapPaging.PROTOCOL_LIMIT, SitemapPaging.SITE_PAGES,
                SitemapPaging.PROTOCOL_LIMIT);
    }
}
