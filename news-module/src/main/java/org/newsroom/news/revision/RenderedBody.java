package org.newsroom.news.revision;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.owasp.html.HtmlSanitizer;

/**
 * An article body reduced to what a reader's browser shows, so two bodies that render alike compare
 * equal however their markup is spelled. The browser's editor (Quill) rewrites the stored HTML when
 * an article is opened: {@code <b>} becomes {@code <strong>}, attributes move, spaces and entities
 * change, empty paragraphs come and go. None of that is a change anybody made.
 *
 * <p>Equal here: letter case and order of tags and attributes, entity or literal spelling of a
 * character, runs of white space (a no-break space counts as a space), {@code b}/{@code strong} and
 * {@code i}/{@code em}, empty elements and paragraphs, a line break that ends a block, and the
 * {@code rel} the sanitiser adds to links. Everything else — words, emphasis added or removed, a
 * link's address, an image, a heading level, a list's kind — is a difference.
 *
 * <p>Not a sanitiser: the result is only ever compared, never shown.
 */
final class RenderedBody {

    /** Elements that start a new line: white space around them does not render. */
    private static final Set<String> BLOCKS = Set.of("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li",
            "figure", "figcaption", "blockquote", "pre", "table", "thead", "tbody", "tfoot", "tr", "td", "th",
            "section", "article", "hr", "br");
    /** Elements without content that still show something. */
    private static final Set<String> VOID = Set.of("br", "img", "hr", "wbr");
    private static final Map<String, String> SAME_LOOK = Map.of("b", "strong", "i", "em");
    /** Attributes that change nothing a reader sees or follows. */
    private static final Set<String> UNSEEN_ATTRIBUTES = Set.of("rel", "loading", "spellcheck", "data-list");
    private static final Pattern WHITE_SPACE = Pattern.compile("[\\s\\u00A0]+");
    private static final Pattern SPACE_AT_BLOCK_EDGE = Pattern.compile(
            " ?(</?(?:" + String.join("|", BLOCKS) + ")\\b[^>]*>) ?");
    private static final Pattern BREAK_ENDING_BLOCK = Pattern.compile(
            "(?:<br>)+(?=</(?:" + String.join("|", BLOCKS) + ")>|$)");

    private RenderedBody() {
    }

    /** A canonical form: equal for bodies that look and link the same. */
    static String of(String html) {
        Canonical canonical = new Canonical();
        HtmlSanitizer.sanitize(html == null ? "" : html, canonical);
        String flat = canonical.result();
        flat = SPACE_AT_BLOCK_EDGE.matcher(flat).replaceAll("$1");
        String previous;
        do {
            previous = flat;
            flat = BREAK_ENDING_BLOCK.matcher(flat).replaceAll("");
            flat = EMPTY_BLOCK.matcher(flat).replaceAll("");
        } while (!flat.equals(previous));
        return flat.strip();
    }

    /** A block left with nothing in it (an empty paragraph, a list item whose text went). */
    private static final Pattern EMPTY_BLOCK = Pattern.compile(
            "<(" + String.join("|", BLOCKS.stream().filter(b -> !VOID.contains(b)).toList()) + ")\\b[^>]*>(?:<br>)*</\\1>");

    /** Collects the parsed body as tags and text, dropping elements that show nothing. */
    private static final class Canonical implements HtmlSanitizer.Policy {

        private record Open(String name, String tag, StringBuilder content) {
        }

        private final Deque<Open> open = new ArrayDeque<>();
        private final StringBuilder root = new StringBuilder();

        @Override
        public void openDocument() {
        }

        @Override
        public void closeDocument() {
            while (!open.isEmpty()) {
                closeTag(open.peek().name());
            }
        }

        @Override
        public void openTag(String elementName, List<String> attributes) {
            String name = SAME_LOOK.getOrDefault(elementName, elementName);
            String tag = tag(name, attributes);
            if (VOID.contains(name)) {
                current().append(tag);
            } else {
                open.push(new Open(name, tag, new StringBuilder()));
            }
        }

        @Override
        public void closeTag(String elementName) {
            String name = SAME_LOOK.getOrDefault(elementName, elementName);
            if (VOID.contains(name) || open.stream().noneMatch(o -> o.name().equals(name))) {
                return;
            }
            Open closed;
            do {
                closed = open.pop();
                String content = closed.content().toString();
                if (shows(content)) {
                    current().append(closed.tag()).append(content).append("</").append(closed.name()).append('>');
                } else if (!content.isEmpty() && !BLOCKS.contains(closed.name())) {
                    appendText(" ");  // an empty <em> </em> between two words still separates them
                }
            } while (!closed.name().equals(name));
        }

        @Override
        public void text(String text) {
            appendText(text);
        }

        private void appendText(String text) {
            String collapsed = WHITE_SPACE.matcher(text).replaceAll(" ");
            StringBuilder into = current();
            if (collapsed.startsWith(" ") && !into.isEmpty() && into.charAt(into.length() - 1) == ' ') {
                collapsed = collapsed.substring(1);
            }
            into.append(escape(collapsed));
        }

        private StringBuilder current() {
            return open.isEmpty() ? root : open.peek().content();
        }

        String result() {
            closeDocument();
            return root.toString();
        }

        private static boolean shows(String content) {
            return !content.isBlank() && !content.replace("<br>", "").isBlank();
        }

        private static String tag(String name, List<String> attributes) {
            List<String> pairs = new ArrayList<>();
            for (int i = 0; i + 1 < attributes.size(); i += 2) {
                String attribute = attributes.get(i);
                if (!UNSEEN_ATTRIBUTES.contains(attribute)) {
                    pairs.add(attribute + "=\"" + escape(WHITE_SPACE.matcher(attributes.get(i + 1)).replaceAll(" ").strip())
                            + "\"");
                }
            }
            pairs.sort(null);
            return "<" + name + (pairs.isEmpty() ? "" : " " + String.join(" ", pairs)) + ">";
        }

        private static String escape(String text) {
            return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
        }
    }
}
