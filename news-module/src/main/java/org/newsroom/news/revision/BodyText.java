package org.newsroom.news.revision;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.owasp.html.Encoding;

/**
 * The words of an article body, one paragraph a line, so revisions compare what readers read
 * rather than markup. Not a sanitiser: the result is text and must still be escaped for display.
 */
final class BodyText {

    private static final Pattern COMMENTS = Pattern.compile("<!--.*?-->", Pattern.DOTALL);
    /** Tags that end a paragraph or a line in the rendered article. */
    private static final Pattern BLOCK_TAGS = Pattern.compile(
            "</?(p|br|div|h[1-6]|li|ul|ol|figure|figcaption|blockquote|pre|table|tr|td|th|hr|section|article)\\b[^>]*>",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern TAGS = Pattern.compile("</?[a-zA-Z!/][^>]*>");
    /** WordPress shortcodes imported with old articles; their attributes are not words. */
    private static final Pattern SHORTCODES = Pattern.compile(
            "\\[/?(caption|gallery|embed|video|audio|playlist)\\b[^\\]]*\\]", Pattern.CASE_INSENSITIVE);
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0]+");

    private BodyText() {
    }

    /** Plain text with tags removed, entities decoded, and each paragraph on its own line. */
    static String of(String html) {
        String text = COMMENTS.matcher(html).replaceAll(" ");
        text = SHORTCODES.matcher(text).replaceAll(" ");
        text = BLOCK_TAGS.matcher(text).replaceAll("\n");
        text = TAGS.matcher(text).replaceAll("");
        text = Encoding.decodeHtml(text, false);
        List<String> paragraphs = new ArrayList<>();
        for (String line : text.split("[\\r\\n]+")) {
            String paragraph = SPACES.matcher(line).replaceAll(" ").strip();
            if (!paragraph.isEmpty()) {
                paragraphs.add(paragraph);
            }
        }
        return String.join("\n", paragraphs);
    }
}
