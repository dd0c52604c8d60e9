package org.newsroom.web.articles.feeds;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsroom.news.edition.Edition;

/**
 * Which feed an address under /feed asks for: {@code /rss.xml} and {@code /atom.xml} for the whole
 * site, {@code /{section}/rss.xml} and {@code /{section}/atom.xml} for one section.
 *
 * @param sectionSlug null for the whole site
 */
record FeedRequest(String sectionSlug, FeedFormat format, Edition edition) {

    static final String PREFIX = "/feed";
    /** Section slugs are lower-case words joined by single hyphens (SectionFields). */
    private static final Pattern PATH = Pattern.compile("/(?:([a-z0-9]+(?:-[a-z0-9]+)*)/)?(rss\\.xml|atom\\.xml)");

    /** @param pathInfo the part after /feed; empty when the address is no feed */
    static Optional<FeedRequest> parse(String pathInfo) {
        return parse(pathInfo, Edition.EN);
    }

    /** @param pathInfo the part after /feed or /ru/feed (the Russian edition's feeds) */
    static Optional<FeedRequest> parse(String pathInfo, Edition edition) {
        Matcher path = PATH.matcher(pathInfo == null ? "" : pathInfo);
        if (!path.matches()) {
            return Optional.empty();
        }
        return Optional.of(new FeedRequest(path.group(1), FeedFormat.ofFileName(path.group(2)), edition));
    }

    /** The feed's own path inside the site, e.g. "/feed/politics/atom.xml". */
    String path() {
        return edition.pathPrefix() + PREFIX + (sectionSlug == null ? "" : "/" + sectionSlug) + "/" + format.fileName();
    }
}
