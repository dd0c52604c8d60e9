package org.newsroom.web.articles.feeds;

import org.newsroom.web.http.SiteAddresses;

/** What robots.txt says: crawl everything public, keep out of the newsroom and its API, here are the sitemaps. */
final class RobotsTxt {

    private RobotsTxt() {
    }

    static String of(SiteAddresses site) {
        String root = site.contextPath();
        return "# Readers' pages are open to every crawler; the newsroom and its API are for staff.\n"
                + "User-agent: *\n"
                + "Allow: " + root + "/\n"
                + "Disallow: " + root + "/newsroom/\n"
                + "Disallow: " + root + "/api/newsroom/\n"
                + "\n"
                + "Sitemap: " + site.absolute(SitemapServlet.PATH) + "\n"
                + "Sitemap: " + site.absolute(NewsSitemapServlet.PATH) + "\n";
    }
}
