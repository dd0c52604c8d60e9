package org.newsroom.news.article;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.owasp.html.AttributePolicy;
import org.owasp.html.ElementPolicy;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * The one place article bodies are cleaned, on save: WordPress caption shortcodes become
 * {@code <figure>}s, then an allow-list (OWASP Java HTML Sanitizer) keeps only the markup below.
 * Everything not listed is removed; the text inside a removed element is kept, except for
 * script-like elements whose content is never text for readers.
 *
 * <p>Allowed, and why:
 * <ul>
 *   <li>{@code p, br} – paragraphs and line breaks are what every story is made of.</li>
 *   <li>{@code h2, h3, h4} – sub-headings; {@code h1} is the page's own title, so a pasted
 *       {@code h1} becomes {@code h2} and {@code h5/h6} become {@code h4} to keep the outline.</li>
 *   <li>{@code strong, em, b, i, u, s, sub, sup} – inline emphasis, strike-through for corrections,
 *       sub/superscript for units and footnote marks.</li>
 *   <li>{@code blockquote} with {@code cite} (http/https only) – quoted statements and their source.</li>
 *   <li>{@code ul, ol, li} – lists.</li>
 *   <li>{@code a} with {@code href} (http, https, mailto, site-relative {@code /path} or an in-page
 *       {@code #fragment}; no protocol-relative {@code //host}) and {@code target="_blank"}. A link
 *       with a target always gets {@code rel="nofollow noopener noreferrer"} (the opened page cannot
 *       reach back into ours via {@code window.opener}); any {@code rel} from the input is discarded.
 *       A link left without a usable {@code href} is unwrapped to its text.</li>
 *   <li>{@code img} with {@code src} (http/https, or site-relative under {@code /media/} so an image
 *       cannot fire a same-site GET at another URL of ours), {@code alt}, numeric {@code width} and
 *       {@code height}, {@code loading=lazy|eager}. An image without a usable {@code src} is dropped.</li>
 *   <li>{@code figure, figcaption} with {@code class} limited to alignleft/alignright/aligncenter/
 *       alignnone – photos with credits, the WordPress alignment classes the site's CSS styles.</li>
 *   <li>{@code table, thead, tbody, tr, th, td} with numeric {@code colspan/rowspan} – election
 *       results, budgets and other data tables.</li>
 *   <li>{@code code, pre} – quoted code or fixed-width material.</li>
 *   <li>{@code hr} – section breaks.</li>
 *   <li>{@code span} with {@code lang} only – marks a Russian or Kazakh phrase inside an English
 *       story for screen readers and hyphenation; a span without it carries nothing and is unwrapped.</li>
 * </ul>
 * Never allowed: {@code style} (CSS can hide, overlay or exfiltrate), {@code on*} event handlers,
 * {@code id/name} (DOM clobbering), javascript:/vbscript:/data: URLs, and script, style, iframe,
 * object, embed, form, input, meta, base, link, svg and math elements.
 *
 * <p>Thread-safe: the compiled policy is immutable and shared.
 */
public final class ArticleBody {

    private static final Pattern HTTP_URL = Pattern.compile("(?i)https?://[^/?#\\\\\\s]+.*");
    private static final Pattern MAILTO_URL = Pattern.compile("(?i)mailto:.+");
    /** "/x" is site-relative; "//host" and "/\host" are not (browsers read both as another host). */
    private static final Pattern SITE_PATH = Pattern.compile("/(?![/\\\\]).*|#.*");
    /** Our media library; no "." segments or encoded dots/slashes that would climb out of it. */
    private static final Pattern MEDIA_PATH = Pattern.compile("/media/[A-Za-z0-9_~%/.,+=&?-]+");
    private static final Pattern CLIMBS_OUT = Pattern.compile("(?i)\\.\\.|%2e|%2f|%5c");
    private static final Pattern PIXELS = Pattern.compile("[1-9][0-9]{0,3}");
    private static final Pattern CELL_SPAN = Pattern.compile("[1-9][0-9]?");
    private static final Pattern LANGUAGE_TAG = Pattern.compile("[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8}){0,3}");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final String TARGETED_LINK_RELS = "nofollow noopener noreferrer";

    private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowElements("p", "br", "h2", "h3", "h4",
                    "strong", "em", "b", "i", "u", "s", "sub", "sup",
                    "blockquote", "ul", "ol", "li", "figure", "figcaption",
                    "table", "thead", "tbody", "tr", "th", "td", "code", "pre", "hr", "span")
            .allowElements(renamedTo("h2"), "h1")
            .allowElements(renamedTo("h4"), "h5", "h6")
            .allowUrlProtocols("http", "https", "mailto")
            .allowElements(ArticleBody::linkWithRels, "a")
            .allowAttributes("href").matching(ArticleBody::linkUrl).onElements("a")
            .allowAttributes("target").matching(true, "_blank").onElements("a")
            .allowElements(ArticleBody::imageWithSource, "img")
            .allowAttributes("src").matching(ArticleBody::imageUrl).onElements("img")
            .allowAttributes("alt").onElements("img")
            .allowAttributes("width", "height").matching(PIXELS).onElements("img")
            .allowAttributes("loading").matching(true, "lazy", "eager").onElements("img")
            .allowAttributes("cite").matching(ArticleBody::quoteSource).onElements("blockquote")
            .allowAttributes("class").matching(ArticleBody::alignmentClasses).onElements("figure", "figcaption")
            .allowAttributes("colspan", "rowspan").matching(CELL_SPAN).onElements("td", "th")
            .allowAttributes("lang").matching(LANGUAGE_TAG).onElements("span")
            .toFactory();

    private ArticleBody() {
    }

    /**
     * The body as it is stored: caption shortcodes converted, then only allow-listed markup kept.
     * Sanitising already sanitised HTML gives the same HTML, so re-saving does not create revisions.
     *
     * @param html the body as typed, pasted or imported; {@code null} counts as empty
     * @return safe HTML, never {@code null}
     */
    public static String sanitize(String html) {
        if (html == null || html.isBlank()) {
            return "";
        }
        return POLICY.sanitize(CaptionShortcodes.toFigures(html)).strip();
    }

    private static ElementPolicy renamedTo(String elementName) {
        return (ignoredName, attributes) -> elementName;
    }

    /** A link without an href would be a dead anchor; a targeted link must not expose window.opener. */
    private static String linkWithRels(String elementName, List<String> attributes) {
        if (indexOfValue(attributes, "href") < 0) {
            return null;
        }
        if (indexOfValue(attributes, "target") >= 0) {
            attributes.add("rel");
            attributes.add(TARGETED_LINK_RELS);
        }
        return elementName;
    }

    /** An image whose source was refused is an empty box; drop it rather than keep its alt text. */
    private static String imageWithSource(String elementName, List<String> attributes) {
        return indexOfValue(attributes, "src") < 0 ? null : elementName;
    }

    private static int indexOfValue(List<String> attributes, String name) {
        for (int i = 0; i + 1 < attributes.size(); i += 2) {
            if (name.equals(attributes.get(i))) {
                return i + 1;
            }
        }
        return -1;
    }

    // The sanitizer's own protocol guard runs before these and has already decoded entities and
    // percent-encoded control characters; these narrow its answer to what a news body needs.

    private static String linkUrl(String elementName, String attributeName, String value) {
        String url = value.strip();
        return HTTP_URL.matcher(url).matches() || MAILTO_URL.matcher(url).matches()
                || SITE_PATH.matcher(url).matches() ? url : null;
    }

    private static String imageUrl(String elementName, String attributeName, String value) {
        String url = value.strip();
        if (HTTP_URL.matcher(url).matches()) {
            return url;
        }
        return MEDIA_PATH.matcher(url).matches() && !CLIMBS_OUT.matcher(url).find() ? url : null;
    }

    private static String quoteSource(String elementName, String attributeName, String value) {
        String url = value.strip();
        return HTTP_URL.matcher(url).matches() ? url : null;
    }

    /** Keeps the alignment tokens of e.g. {@code class="wp-caption aligncenter"}, drops the rest. */
    private static String alignmentClasses(String elementName, String attributeName, String value) {
        List<String> kept = new ArrayList<>();
        for (String token : WHITESPACE.split(value.strip().toLowerCase(Locale.ROOT))) {
            if (CaptionShortcodes.ALIGNMENTS.contains(token) && !kept.contains(token)) {
                kept.add(token);
            }
        }
        return kept.isEmpty() ? null : String.join(" ", kept);
    }
}
