package org.newsroom.news.article;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns WordPress {@code [caption]} shortcodes, which imported bodies still carry, into HTML5
 * {@code <figure>} markup.
 *
 * <p>This is a text rewrite, not a security step: whatever it produces (including the caption text
 * and image markup copied from the shortcode) goes through the allow-list in {@link ArticleBody}
 * afterwards. Its only job is to keep the image and its caption together once WordPress is gone.
 *
 * <p>The shapes handled are those WordPress itself renders:
 * <ul>
 *   <li>{@code [caption id=".." align="aligncenter" width=".."]<img ..> Caption text[/caption]}</li>
 *   <li>the same with {@code <a ..>} around the image</li>
 *   <li>{@code [caption caption="Caption text" ..]<img ..>[/caption]}</li>
 *   <li>a shortcode with no image at all, as in bodies scraped from the old site's pages</li>
 * </ul>
 */
final class CaptionShortcodes {

    /**
     * The shortcode, with the paragraph tags WordPress's autop may have put around it: a figure
     * cannot live inside a {@code <p>}, so those are moved outside rather than left to split the
     * paragraph. WordPress's shortcode grammar forbids "]" inside attributes, so "[^\]]*" is faithful.
     */
    private static final Pattern CAPTION = Pattern.compile(
            "(<p\\b[^>]*>\\s*)?\\[caption\\b([^\\]]*)\\](.*?)\\[/caption\\](\\s*</p\\s*>)?",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern ATTRIBUTE = Pattern.compile(
            "([A-Za-z_][\\w-]*)\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s\"']+))");
    /** A tag whose quoted attribute values may contain "&gt;" characters (alt="a > b"). */
    private static final String TAG_BODY = "(?:[^>\"']|\"[^\"]*\"|'[^']*')*>";
    /** The image, optionally linked, that WordPress expects first inside the shortcode. */
    private static final Pattern LEADING_MEDIA = Pattern.compile(
            "^\\s*((?:<a\\s" + TAG_BODY + "\\s*)?<img\\b" + TAG_BODY + "(?:\\s*</a\\s*>)?)(.*)$",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    /** Unpaired opening or closing shortcodes; readers should never see shortcode syntax. */
    private static final Pattern STRAY_SHORTCODE = Pattern.compile(
            "\\[/?caption\\b[^\\]]*\\]", Pattern.CASE_INSENSITIVE);
    static final Set<String> ALIGNMENTS = Set.of("alignleft", "alignright", "aligncenter", "alignnone");
    private static final String DEFAULT_ALIGNMENT = "alignnone";

    private CaptionShortcodes() {
    }

    /** Replaces every {@code [caption]…[/caption]} with a figure; unpaired shortcode tags are removed. */
    static String toFigures(String html) {
        if (html == null || html.isEmpty()) {
            return "";
        }
        Matcher caption = CAPTION.matcher(html);
        StringBuilder out = new StringBuilder(html.length() + 32);
        while (caption.find()) {
            String figure = figure(attributes(caption.group(2)), caption.group(3));
            String paragraphOpen = caption.group(1);
            String paragraphClose = caption.group(4);
            if (paragraphOpen != null && paragraphClose == null) {
                figure = figure + paragraphOpen;      // the paragraph's text follows the figure
            } else if (paragraphOpen == null && paragraphClose != null) {
                figure = paragraphClose + figure;     // the figure follows the paragraph's text
            }
            caption.appendReplacement(out, Matcher.quoteReplacement(figure));
        }
        caption.appendTail(out);
        return STRAY_SHORTCODE.matcher(out).replaceAll("");
    }

    private static String figure(Map<String, String> attributes, String content) {
        String media;
        String captionText;
        String captionAttribute = attributes.getOrDefault("caption", "").strip();
        if (!captionAttribute.isEmpty()) {
            // As WordPress does: with an explicit caption the whole content is the figure's media.
            media = content.strip();
            captionText = captionAttribute;
        } else {
            Matcher leading = LEADING_MEDIA.matcher(content);
            boolean hasImage = leading.matches();
            media = hasImage ? leading.group(1).strip() : "";
            captionText = (hasImage ? leading.group(2) : content).strip();
        }
        if (media.isEmpty() && captionText.isEmpty()) {
            return "";
        }
        StringBuilder figure = new StringBuilder("<figure class=\"")
                .append(alignment(attributes.get("align"))).append("\">").append(media);
        if (!captionText.isEmpty()) {
            figure.append("<figcaption>").append(captionText).append("</figcaption>");
        }
        return figure.append("</figure>").toString();
    }

    /** Only the four WordPress alignment classes survive; anything else would be dropped later anyway. */
    private static String alignment(String align) {
        String candidate = align == null ? "" : align.strip().toLowerCase(Locale.ROOT);
        return ALIGNMENTS.contains(candidate) ? candidate : DEFAULT_ALIGNMENT;
    }

    private static Map<String, String> attributes(String attributeText) {
        Map<String, String> attributes = new HashMap<>();
        Matcher attribute = ATTRIBUTE.matcher(attributeText);
        while (attribute.find()) {
            String value = attribute.group(2) != null ? attribute.group(2)
                    : attribute.group(3) != null ? attribute.group(3) : attribute.group(4);
            attributes.putIfAbsent(attribute.group(1).toLowerCase(Locale.ROOT), value);
        }
        return attributes;
    }
}
