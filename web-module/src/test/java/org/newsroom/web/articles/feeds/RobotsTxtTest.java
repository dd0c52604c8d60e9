package org.newsroom.web.articles.feeds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.newsroom.web.http.SiteAddresses;

class RobotsTxtTest {

    @Test
    void atTheRootEverythingPublicIsAllowedAndTheSitemapsAreAbsolute() {
        String robots = RobotsTxt.of(new SiteAddresses("https://news.example", ""));
        assertTrue(robots.contains("User-agent: *\nAllow: /\nDisallow: /newsroom/\nDisallow: /api/newsroom/\n"), robots);
        assertTrue(robots.contains("Sitemap: https://news.example/sitemap.xml\n"), robots);
        assertTrue(robots.contains("Sitemap: https://news.example/sitemap-news.xml\n"), robots);
    }

    @Test
    void underAContextPathTheRulesCarryIt() {
        String robots = RobotsTxt.of(new SiteAddresses("http://localhost:8080", "/newsroom-it"));
        assertTrue(robots.contains("Disallow: /newsroom-it/newsroom/\n"), robots);
        assertTrue(robots.contains("Disallow: /newsroom-it/api/newsroom/\n"), robots);
        assertEquals(2, robots.split("Sitemap: http://localhost:8080/newsroom-it/", -1).length - 1, robots);
    }
}
