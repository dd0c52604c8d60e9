package org.newsroom.web.http;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import org.newsroom.news.article.PermalinkPattern;
import org.newsroom.news.importing.ImportSettings;

/**
 * Articles' readable addresses from the permalink pattern ({@value ImportSettings#PERMALINKS_VARIABLE}, default
 * {@value PermalinkPattern#DEFAULT}, WordPress's own, so an imported site keeps its URLs). Read once;
 * {@link #check()} at start-up makes a bad pattern stop the deployment with the variable's name.
 */
public final class Permalinks {

    private static volatile PermalinkPattern pattern;

    private Permalinks() {
    }

    /** @throws IllegalArgumentException naming the variable when its pattern is not one */
    public static PermalinkPattern check() {
        PermalinkPattern read = pattern;
        if (read == null) {
            read = ImportSettings.permalinks();
            pattern = read;
        }
        return read;
    }

    /**
     * The article's path inside the site: the pattern's for a published article, the plain page
     * address while it has no publication date (a preview never has a readable address).
     */
    public static String path(String slug, LocalDateTime publishedAt) {
        if (publishedAt == null) {
            return "/article.xhtml?slug=" + URLEncoder.encode(slug, StandardCharsets.UTF_8);
        }
        return check().address(publishedAt, OutletTime.zone(), slug);
    }

    /** One path segment, percent-encoded UTF-8 (a space as %20). */
    public static String encodeSegment(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** The slug a decoded path names in the pattern's shape, or null. */
    public static String slugOf(String decodedPath) {
        return check().slugOf(decodedPath);
    }
}
