package org.newsroom.news.article;

import java.util.regex.Pattern;
import org.owasp.html.Encoding;

/**
 * The standfirst shown in lists: the editor's own, or the body cut at a word boundary and ended
 * with "..." as the site has always done.
 */
public final class Excerpt {

    public static final int DEFAULT_LENGTH = 300;
    private static final String ELLIPSIS = "...";
    /** Block boundaries separate words; inline tags such as &lt;b&gt; sit inside them. */
    private static final Pattern BLOCK_TAGS = Pattern.compile(
            "</?(p|br|div|h[1-6]|li|ul|ol|figure|figcaption|blockquote|tr|td|th|img)\\b[^>]*>",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern TAGS = Pattern.compile("<[^>]*>");
    private static final Pattern SHORTCODES = Pattern.compile("\\[/?caption[^\\]]*\\]");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private Excerpt() {
    }

    /** Plain text of an HTML body: tags and WordPress caption shortcodes dropped, entities decoded. */
    public static String plainText(String html) {
        if (html == null) {
            return "";
        }
        String text = SHORTCODES.matcher(html).replaceAll(" ");
        text = BLOCK_TAGS.matcher(text).replaceAll(" ");
        text = TAGS.matcher(text).replaceAll("");
        // Sanitised bodies carry numeric character references (&#34; for a quote): decode them all.
        text = Encoding.decodeHtml(text, false).replace('\u00a0', ' ');
        return SPACES.matcher(text).replaceAll(" ").strip();
    }

    /** Cuts the body's text to at most {@code maxLength} characters (before the ellipsis) at a word boundary. */
    public static String derive(String htmlBody, int maxLength) {
        String text = plainText(htmlBody);
        if (text.length() <= maxLength) {
            return text;
        }
        int cut = text.lastIndexOf(' ', maxLength);
        if (cut <= 0) {
            cut = maxLength;
        }
        String head = text.substring(0, cut).replaceAll("[\\s,;:.\\-–—]+$", "");
        return head + ELLIPSIS;
    }
}
