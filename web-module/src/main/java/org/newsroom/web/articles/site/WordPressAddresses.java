package org.newsroom.web.articles.site;

import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsroom.web.http.Permalinks;

/**
 * Where WordPress's other addresses lead now, so every link the world has keeps working (301):
 * {@code /?p=ID} and {@code /?page_id=ID}, category archives under any base ({@code /category/economy/energy/}),
 * {@code /tag/x/}, {@code /author/x/}, {@code /feed/} and {@code /x/feed/}, paged archives ({@code …/page/2/}),
 * and everything the import recorded (pages, attachment pages, old slugs). Plain rules; the filter asks
 * the database. Paths arrive decoded.
 */
public final class WordPressAddresses {

    /** Either a place to send the reader, or an old address to look up among the import's records. */
    public record Answer(String redirect, String lookup) {
        static Answer redirect(String to) {
            return new Answer(to, null);
        }

        static Answer lookup(String key) {
            return new Answer(null, key);
        }
    }

    private static final Pattern POST_ID = Pattern.compile("(?:^|&)(p|page_id)=([0-9]{1,18})(?:&|$)");
    private static final Pattern PAGED = Pattern.compile("^(.*?/)page/([0-9]{1,6})/?$");
    private static final Pattern YEAR = Pattern.compile("[0-9]{4}");

    private WordPressAddresses() {
    }

    /**
     * @param path      the decoded path inside the site ("/category/economy/energy/")
     * @param query     the raw query string, or null
     * @param isSection whether a slug is a section's
     * @param tagFor    the Newsroom tag a WordPress tag slug stands for
     */
    public static Optional<Answer> resolve(String path, String query, Predicate<String> isSection,
                                           Function<String, Optional<String>> tagFor) {
        if (query != null && ("/".equals(path) || "/index.php".equals(path))) {
            Matcher id = POST_ID.matcher(query);
            if (id.find()) {
                return Optional.of(Answer.lookup("/?" + id.group(1) + "=" + id.group(2)));
            }
        }
        if (!path.endsWith("/") || "/".equals(path)) {
            return Optional.empty();   // WordPress's addresses end in "/"; Newsroom's own (but permalinks) do not
        }
        String[] parts = path.substring(1, path.length() - 1).split("/");
        if (parts.length >= 1 && "feed".equals(parts[parts.length - 1])) {
            String section = parts.length >= 2 ? parts[parts.length - 2].toLowerCase(Locale.ROOT) : null;
            return Optional.of(Answer.redirect(section != null && isSection.test(section)
                    ? "/feed/" + section + "/rss.xml" : "/feed/rss.xml"));
        }
        Matcher paged = PAGED.matcher(path);
        String page = "";
        String archive = path;
        if (paged.matches()) {
            archive = paged.group(1);
            page = "?page=" + paged.group(2);
            if ("/".equals(archive)) {
                return Optional.of(Answer.redirect("/" + page));
            }
            parts = archive.substring(1, archive.length() - 1).split("/");
        }
        String pageQuery = page;
        if (parts.length == 2 && "tag".equals(parts[0])) {
            return tagFor.apply(parts[1]).map(tag -> Answer.redirect("/tag/" + Permalinks.encodeSegment(tag) + pageQuery));
        }
        if (parts.length == 2 && "author".equals(parts[0])) {
            return Optional.of(Answer.redirect("/author/" + Permalinks.encodeSegment(parts[1].toLowerCase(Locale.ROOT)) + page));
        }
        String last = parts[parts.length - 1].toLowerCase(Locale.ROOT);
        if (parts.length >= 2 && !YEAR.matcher(parts[0]).matches() && isSection.test(last)) {
            return Optional.of(Answer.redirect("/" + Permalinks.encodeSegment(last) + page));
        }
        return paged.matches() ? Optional.empty() : Optional.of(Answer.lookup(path));
    }

    /** WordPress's slug for a tag name: lower case, spaces as hyphens ("central bank" → "central-bank"). */
    public static String wordPressSlug(String tag) {
        return tag.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s_]+", "-").replaceAll("[^\\p{L}\\p{N}-]", "");
    }
}
