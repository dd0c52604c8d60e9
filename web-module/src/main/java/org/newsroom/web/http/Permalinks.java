package org.newsroom.web.http;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.EnumMap;
import java.util.Map;
import org.newsroom.news.article.PermalinkPattern;
import org.newsroom.news.edition.Edition;
import org.newsroom.news.importing.ImportSettings;

/**
 * Articles' readable addresses from each edition's permalink pattern ({@value ImportSettings#PERMALINKS_VARIABLE},
 * default {@value PermalinkPattern#DEFAULT}, WordPress's own, so an imported site keeps its URLs; the Russian
 * edition's {@value ImportSettings#PERMALINKS_RU_VARIABLE}, by default "/ru" and the English one). Read once;
 * {@link #check()} at start-up makes a bad pattern stop the deployment with the variable's name.
 */
public final class Permalinks {

    private static volatile Map<Edition, PermalinkPattern> patterns;

    private Permalinks() {
    }

    /** @throws IllegalArgumentException naming the variable when its pattern is not one */
    public static PermalinkPattern check() {
        return patterns().get(Edition.EN);
    }

    private static Map<Edition, PermalinkPattern> patterns() {
        Map<Edition, PermalinkPattern> read = patterns;
        if (read == null) {
            Map<Edition, PermalinkPattern> each = new EnumMap<>(Edition.class);
            for (Edition edition : Edition.values()) {
                each.put(edition, ImportSettings.permalinks(edition));
            }
            read = each;
            patterns = read;
        }
        return read;
    }

    public static PermalinkPattern of(Edition edition) {
        return patterns().get(edition);
    }

    /** The English edition's address of an article (imported addresses, and articles of no other edition). */
    public static String path(String slug, LocalDateTime publishedAt) {
        return path(slug, publishedAt, Edition.EN);
    }

    /**
     * The article's path inside the site: its edition's pattern for a published article, the plain page
     * address while it has no publication date (a preview never has a readable address).
     */
    public static String path(String slug, LocalDateTime publishedAt, Edition edition) {
        if (publishedAt == null) {
            return "/article.xhtml?slug=" + URLEncoder.encode(slug, StandardCharsets.UTF_8);
        }
        return of(edition).address(publishedAt, OutletTime.zone(), slug);
    }

    /** One path segment, percent-encoded UTF-8 (a space as %20). */
    public static String encodeSegment(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** The slug a decoded path names in the shape of one edition's pattern (the Russian one tried first), or null. */
    public static String slugOf(String decodedPath) {
        String russian = of(Edition.RU).slugOf(decodedPath);
        return russian != null ? russian : of(Edition.EN).slugOf(decodedPath);
    }
}
