package org.newsroom.news.importing;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a WordPress post's stored content into the HTML an article body is made of, before the
 * sanitiser ({@code ArticleBody}) sees it, as WordPress itself would have shown it:
 * <ul>
 *   <li>block-editor comments ({@code <!-- wp:paragraph -->}) are removed, their HTML kept;</li>
 *   <li>classic bodies get their paragraphs by {@code wpautop}'s rule: a blank line ends one, a single
 *       line break is a {@code <br>} (block bodies already carry their {@code <p>}s);</li>
 *   <li>{@code [gallery ids=…]} becomes one figure per image with its caption;</li>
 *   <li>{@code [embed]} and a YouTube or Vimeo address alone on its line become a link to the video:
 *       nothing loads from the video site until the reader follows it (no third-party requests,
 *       cookies or scripts on our pages);</li>
 *   <li>{@code src}/{@code href} of uploaded files, size variants and {@code -scaled} copies
 *       included, point at the imported media; links to imported posts at their new addresses;</li>
 *   <li>{@code [caption]} is left for the sanitiser's own conversion to a figure; any other shortcode
 *       is kept as text and reported.</li>
 * </ul>
 */
public final class WordPressBody {

    private static final Pattern BLOCK_COMMENT = Pattern.compile("<!--\\s*/?wp:.*?-->", Pattern.DOTALL);
    private static final Pattern BLANK_LINES = Pattern.compile("\\n\\s*\\n");
    private static final Pattern STARTS_WITH_BLOCK = Pattern.compile(
            "(?is)^\\s*(?:<(?:/?(?:p|h[1-6]|ul|ol|li|table|thead|tbody|tr|td|th|blockquote|figure|figcaption|div|pre|hr|section"
                    + "|address|dl|dd|dt|form|iframe|script|style|noscript))\\b|\\[(?:caption|gallery)\\b)");
    private static final Pattern GALLERY = Pattern.compile("(?i)(?:<p>\\s*)?\\[gallery\\b([^\\]]*)\\](?:\\s*</p>)?");
    private static final Pattern EMBED = Pattern.compile("(?is)\\[embed\\b[^\\]]*\\](.*?)\\[/embed\\]");
    private static final Pattern VIDEO_URL = Pattern.compile(
            "(?i)https?://(?:www\\.|m\\.)?(?:youtube\\.com/watch\\?[^\\s<\"]+|youtu\\.be/[^\\s<\"]+|vimeo\\.com/[0-9][^\\s<\"]*)");
    /** A video address alone on its line (WordPress's auto-embed), possibly inside the paragraph wpautop made. */
    private static final Pattern BARE_VIDEO_LINE = Pattern.compile(
            "(?im)^\\s*(?:<p>\\s*)?(" + VIDEO_URL.pattern().substring(4) + ")\\s*(?:</p>)?\\s*$");
    private static final Pattern ATTRIBUTE_URL = Pattern.compile("(?i)\\b(src|href)\\s*=\\s*(\"([^\"]*)\"|'([^']*)')");
    private static final Pattern SRCSET = Pattern.compile("(?i)\\s(?:srcset|sizes)\\s*=\\s*(\"[^\"]*\"|'[^']*')");
    private static final Pattern SHORTCODE = Pattern.compile("\\[(/?)([a-zA-Z][\\w-]*)(?=[\\s\\]/])[^\\]\\[]*\\]");
    private static final Pattern ATTRIBUTE = Pattern.compile("([A-Za-z_][\\w-]*)\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s\"']+))");
    private static final Set<String> HANDLED_SHORTCODES = Set.of("caption", "wp_caption", "gallery", "embed");
    private static final Pattern IDS = Pattern.compile("\\d+");

    private WordPressBody() {
    }

    /**
     * @param content the post's {@code content:encoded}
     * @param postId  its WordPress id (for a {@code [gallery]} without ids)
     */
    public static ConvertedBody convert(String content, long postId, ImportedLinks links) {
        List<String> notes = new ArrayList<>();
        String html = content == null ? "" : content.replace("\r\n", "\n").replace('\r', '\n');
        boolean blocks = BLOCK_COMMENT.matcher(html).find();
        html = BLOCK_COMMENT.matcher(html).replaceAll("");
        html = embeds(html);
        if (!blocks) {
            html = autop(html);
        }
        html = bareVideoLines(html);
        html = galleries(html, postId, links, notes);
        html = SRCSET.matcher(html).replaceAll("");
        html = addresses(html, links, notes);
        reportUnknownShortcodes(html, notes);
        return new ConvertedBody(html.strip(), notes);
    }

    /** wpautop's core rule: text between blank lines is a paragraph unless it already is a block. */
    static String autop(String html) {
        StringBuilder out = new StringBuilder(html.length() + 64);
        for (String chunk : BLANK_LINES.split(html.strip())) {
            String text = chunk.strip();
            if (text.isEmpty()) {
                continue;
            }
            if (STARTS_WITH_BLOCK.matcher(text).find()) {
                out.append(text).append("\n\n");
            } else {
                out.append("<p>").append(text.replaceAll("\\s*\\n\\s*", "<br />\n")).append("</p>\n\n");
            }
        }
        return out.toString();
    }

    private static String embeds(String html) {
        Matcher embed = EMBED.matcher(html);
        StringBuilder out = new StringBuilder();
        while (embed.find()) {
            embed.appendReplacement(out, Matcher.quoteReplacement(videoLink(embed.group(1).strip())));
        }
        embed.appendTail(out);
        return out.toString();
    }

    private static String bareVideoLines(String html) {
        Matcher line = BARE_VIDEO_LINE.matcher(html);
        StringBuilder out = new StringBuilder();
        while (line.find()) {
            line.appendReplacement(out, Matcher.quoteReplacement(videoLink(line.group(1))));
        }
        line.appendTail(out);
        return out.toString();
    }

    /** A plain link: the reader chooses to go to the video site; our page loads nothing from it. */
    static String videoLink(String url) {
        String lower = url.toLowerCase(Locale.ROOT);
        String site = lower.contains("vimeo.com") ? "Vimeo" : lower.contains("youtu") ? "YouTube" : null;
        String escaped = url.replace("&amp;", "&").replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;");
        String text = site == null ? escaped : "Watch the video on " + site;
        return "<p><a href=\"" + escaped + "\">" + text + "</a></p>";
    }

    private static String galleries(String html, long postId, ImportedLinks links, List<String> notes) {
        Matcher gallery = GALLERY.matcher(html);
        StringBuilder out = new StringBuilder();
        while (gallery.find()) {
            Map<String, String> attributes = attributes(gallery.group(1));
            List<Long> ids = new ArrayList<>();
            String idList = attributes.getOrDefault("ids", attributes.getOrDefault("include", ""));
            Matcher id = IDS.matcher(idList);
            while (id.find()) {
                ids.add(Long.parseLong(id.group()));
            }
            if (ids.isEmpty()) {
                ids.addAll(links.attachedTo(postId));
            }
            StringBuilder figures = new StringBuilder();
            for (long attachmentId : ids) {
                Optional<ImportedLinks.ImportedFile> file = links.attachment(attachmentId);
                if (file.isEmpty()) {
                    notes.add("[gallery] names attachment " + attachmentId + ", which was not imported; left out of the gallery");
                    continue;
                }
                figures.append(figure(file.get()));
            }
            gallery.appendReplacement(out, Matcher.quoteReplacement(figures.toString()));
        }
        gallery.appendTail(out);
        return out.toString();
    }

    private static String figure(ImportedLinks.ImportedFile file) {
        StringBuilder figure = new StringBuilder("<figure class=\"alignnone\"><img src=\"").append(file.path())
                .append("\" alt=\"").append(attribute(file.altText())).append("\" />");
        if (file.caption() != null && !file.caption().isBlank()) {
            figure.append("<figcaption>").append(text(file.caption())).append("</figcaption>");
        }
        return figure.append("</figure>\n").toString();
    }

    private static String addresses(String html, ImportedLinks links, List<String> notes) {
        Matcher attribute = ATTRIBUTE_URL.matcher(html);
        StringBuilder out = new StringBuilder(html.length());
        Set<String> missing = new LinkedHashSet<>();
        while (attribute.find()) {
            String url = attribute.group(3) != null ? attribute.group(3) : attribute.group(4);
            String plain = url.replace("&amp;", "&").strip();
            String replacement = null;
            if (UploadUrls.relativePath(plain).isPresent()) {
                Optional<ImportedLinks.ImportedFile> file = links.file(plain);
                if (file.isPresent()) {
                    replacement = file.get().path();
                } else {
                    missing.add(plain);
                }
            } else {
                replacement = links.postAddress(plain).orElse(null);
            }
            attribute.appendReplacement(out, Matcher.quoteReplacement(replacement == null ? attribute.group()
                    : attribute.group(1) + "=\"" + attribute(replacement) + "\""));
        }
        attribute.appendTail(out);
        for (String url : missing) {
            notes.add("the body uses " + url + ", a file that was not imported; the old address was kept");
        }
        return out.toString();
    }

    private static void reportUnknownShortcodes(String html, List<String> notes) {
        Set<String> unknown = new LinkedHashSet<>();
        Matcher shortcode = SHORTCODE.matcher(html);
        while (shortcode.find()) {
            String name = shortcode.group(2).toLowerCase(Locale.ROOT);
            if (shortcode.group(1).isEmpty() && !HANDLED_SHORTCODES.contains(name)) {
                unknown.add(shortcode.group());
            }
        }
        for (String code : unknown) {
            notes.add("unknown shortcode " + (code.length() > 80 ? code.substring(0, 80) + "…" : code)
                    + " kept as text (its plugin is not part of Newsroom)");
        }
    }

    private static Map<String, String> attributes(String text) {
        Map<String, String> attributes = new java.util.HashMap<>();
        Matcher attribute = ATTRIBUTE.matcher(text);
        while (attribute.find()) {
            String value = attribute.group(2) != null ? attribute.group(2)
                    : attribute.group(3) != null ? attribute.group(3) : attribute.group(4);
            attributes.putIfAbsent(attribute.group(1).toLowerCase(Locale.ROOT), value);
        }
        return attributes;
    }

    private static String attribute(String value) {
        return value == null ? "" : value.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;");
    }

    private static String text(String value) {
        return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
