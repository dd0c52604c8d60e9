package org.newsroom.news.importing;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads a WordPress export (WXR 1.0 to 1.2) as a stream: one item at a time is in memory, never the
 * whole file (WordPress's own importer loads it whole and dies on big exports). Elements are matched
 * on their namespace's meaning, not its prefix or version, so 1.1 and 1.2 files read alike.
 *
 * <p>A document type declaration is refused outright: WordPress never writes one, and it is how XML
 * reaches outside files (XXE) or expands a few bytes into gigabytes (billion laughs). External
 * entities and DTDs are also switched off in the parser, in case a parser ignores the first rule.
 */
public final class WxrReader {

    /** The longest text one element may hold; a bigger one is a broken or hostile file, not a post. */
    static final int MAX_TEXT = 16 * 1024 * 1024;

    private static final String WP_NAMESPACE_START = "http://wordpress.org/export/";
    private static final String CONTENT_NAMESPACE = "http://purl.org/rss/1.0/modules/content/";
    private static final String DC_NAMESPACE = "http://purl.org/dc/elements/1.1/";

    private final XMLStreamReader xml;
    private final WxrHandler handler;
    private boolean siteSent;
    private final Map<String, String> channel = new LinkedHashMap<>();

    private WxrReader(XMLStreamReader xml, WxrHandler handler) {
        this.xml = xml;
        this.handler = handler;
    }

    /**
     * Reads {@code in} to the end (or until the handler stops it); what was handed over before a
     * problem stays handed over.
     *
     * @throws WxrUnreadable saying in plain words what is wrong and where
     */
    public static void read(InputStream in, WxrHandler handler) {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        XMLStreamReader xml = null;
        EndAware stream = new EndAware(in);
        try {
            xml = factory.createXMLStreamReader(stream);
            new WxrReader(xml, handler).document();
        } catch (XMLStreamException broken) {
            throw new WxrUnreadable(describe(broken, stream.ended), broken);
        } finally {
            if (xml != null) {
                try {
                    xml.close();
                } catch (XMLStreamException ignored) {
                    // the stream's owner closes it
                }
            }
        }
    }

    /**
     * Knows whether the file's end was reached: parsers word a document cut short differently (an
     * unclosed element, "end of file"), and a cut is what an interrupted upload or copy looks like.
     */
    private static final class EndAware extends java.io.FilterInputStream {
        private boolean ended;

        EndAware(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws java.io.IOException {
            int b = super.read();
            ended |= b < 0;
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws java.io.IOException {
            int n = super.read(buffer, offset, length);
            ended |= n < 0;
            return n;
        }
    }

    private static String describe(XMLStreamException broken, boolean atEnd) {
        String where = broken.getLocation() == null ? ""
                : " at line " + broken.getLocation().getLineNumber() + ", column " + broken.getLocation().getColumnNumber();
        String reason = broken.getMessage() == null ? "" : broken.getMessage().replaceFirst("(?s)^ParseError at \\[[^]]*]\\s*Message:\\s*", "");
        boolean unclosed = reason.toLowerCase().contains("end of file") || reason.contains("must start and end")
                || reason.contains("must be terminated by the matching end-tag");
        if (unclosed && atEnd) {
            return "The file ends in the middle of the export" + where + ": it was cut short (an interrupted download or"
                    + " upload?). Everything before that point was read.";
        }
        return "The file is not well-formed XML" + where + ": " + reason.strip();
    }

    private void document() throws XMLStreamException {
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.DTD) {
                throw new WxrUnreadable("The file declares a document type (<!DOCTYPE …>). WordPress never writes one, and it"
                        + " can make XML read other files or expand entities without end (XXE, “billion laughs”), so the file"
                        + " was refused before anything was read.");
            }
            if (event == XMLStreamConstants.ENTITY_REFERENCE) {
                throw new WxrUnreadable("The file uses an undeclared entity &" + xml.getLocalName() + "; at line "
                        + xml.getLocation().getLineNumber() + ".");
            }
            if (event == XMLStreamConstants.START_ELEMENT) {
                if (!"rss".equals(xml.getLocalName())) {
                    throw notWxr("its root element is <" + xml.getLocalName() + ">, not <rss>");
                }
                rss();
                return;
            }
        }
        throw notWxr("it holds no XML element");
    }

    private static WxrUnreadable notWxr(String why) {
        return new WxrUnreadable("This is not a WordPress export (WXR) file: " + why
                + ". Export it in WordPress under Tools → Export → All content.");
    }

    private void rss() throws XMLStreamException {
        boolean sawChannel = false;
        while (next() != XMLStreamConstants.END_ELEMENT) {
            if (xml.getEventType() == XMLStreamConstants.START_ELEMENT) {
                if ("channel".equals(xml.getLocalName())) {
                    sawChannel = true;
                    if (!channel()) {
                        return;
                    }
                } else {
                    skip();
                }
            }
        }
        if (!sawChannel) {
            throw notWxr("it has no <channel>");
        }
    }

    /** @return false when the handler asked to stop */
    private boolean channel() throws XMLStreamException {
        while (next() != XMLStreamConstants.END_ELEMENT) {
            if (xml.getEventType() != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            String name = xml.getLocalName();
            boolean wp = isWordPress(xml.getNamespaceURI());
            if (wp && "author".equals(name)) {
                sendSite();
                Map<String, String> fields = fields();
                handler.author(new WxrAuthor(fields.get("author_id"), fields.get("author_login"), fields.get("author_email"),
                        fields.get("author_display_name"), fields.get("author_first_name"), fields.get("author_last_name")));
            } else if (wp && "category".equals(name)) {
                sendSite();
                Map<String, String> f = fields();
                handler.term(new WxrTerm(WxrTerm.CATEGORY, f.get("term_id"), f.get("category_nicename"),
                        f.get("category_parent"), f.get("cat_name"), f.get("category_description")));
            } else if (wp && "tag".equals(name)) {
                sendSite();
                Map<String, String> f = fields();
                handler.term(new WxrTerm(WxrTerm.TAG, f.get("term_id"), f.get("tag_slug"), "", f.get("tag_name"),
                        f.get("tag_description")));
            } else if (wp && "term".equals(name)) {
                sendSite();
                Map<String, String> f = fields();
                handler.term(new WxrTerm(f.get("term_taxonomy"), f.get("term_id"), f.get("term_slug"), f.get("term_parent"),
                        f.get("term_name"), f.get("term_description")));
            } else if ("item".equals(name) && (xml.getNamespaceURI() == null || xml.getNamespaceURI().isEmpty())) {
                sendSite();
                if (!handler.item(item())) {
                    return false;
                }
            } else if (!wp && xml.getNamespaceURI() != null && !xml.getNamespaceURI().isEmpty()) {
                skip();
            } else {
                channel.put((wp ? "wp:" : "") + name, text());
            }
        }
        sendSite();
        return true;
    }

    private void sendSite() {
        if (siteSent) {
            return;
        }
        siteSent = true;
        String version = channel.get("wp:wxr_version");
        if (version == null || version.isBlank()) {
            throw notWxr("its channel has no <wp:wxr_version>");
        }
        handler.site(new WxrSite(channel.get("title"), channel.get("link"), channel.get("wp:base_site_url"),
                channel.get("wp:base_blog_url"), channel.get("language"), version.strip()));
    }

    private WxrItem item() throws XMLStreamException {
        Map<String, String> f = new LinkedHashMap<>();
        List<WxrCategory> categories = new ArrayList<>();
        Map<String, List<String>> meta = new LinkedHashMap<>();
        int comments = 0;
        while (next() != XMLStreamConstants.END_ELEMENT) {
            if (xml.getEventType() != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            String name = xml.getLocalName();
            String namespace = xml.getNamespaceURI() == null ? "" : xml.getNamespaceURI();
            if (isWordPress(namespace) && "postmeta".equals(name)) {
                Map<String, String> pair = fields();
                String key = pair.get("meta_key");
                if (key != null) {
                    meta.computeIfAbsent(key, k -> new ArrayList<>()).add(pair.getOrDefault("meta_value", ""));
                }
            } else if (isWordPress(namespace) && "comment".equals(name)) {
                comments++;
                skip();
            } else if (namespace.isEmpty() && "category".equals(name)) {
                String domain = xml.getAttributeValue(null, "domain");
                String nicename = xml.getAttributeValue(null, "nicename");
                categories.add(new WxrCategory(domain, nicename, text()));
            } else {
                f.put(prefixed(namespace, name), text());
            }
        }
        return new WxrItem(number(f.get("wp:post_id")), value(f, "wp:post_type", "post"), value(f, "wp:status", ""),
                f.get("title"), f.get("link"), f.get("dc:creator"), f.get("guid"), value(f, "content:encoded", ""),
                value(f, "excerpt:encoded", ""), f.get("wp:post_date"), f.get("wp:post_date_gmt"), value(f, "wp:post_name", ""),
                number(f.get("wp:post_parent")), value(f, "wp:post_password", ""), "1".equals(f.get("wp:is_sticky")),
                f.get("wp:attachment_url"), categories, meta, comments);
    }

    private static String value(Map<String, String> fields, String key, String otherwise) {
        String value = fields.get(key);
        return value == null ? otherwise : value;
    }

    private static long number(String text) {
        if (text == null || text.isBlank()) {
            return 0;
        }
        try {
            return Long.parseLong(text.strip());
        } catch (NumberFormatException notANumber) {
            return 0;
        }
    }

    private static String prefixed(String namespace, String name) {
        if (isWordPress(namespace)) {
            return (namespace.endsWith("/excerpt/") ? "excerpt:" : "wp:") + name;
        }
        if (CONTENT_NAMESPACE.equals(namespace)) {
            return "content:" + name;
        }
        if (DC_NAMESPACE.equals(namespace)) {
            return "dc:" + name;
        }
        return namespace.isEmpty() ? name : "{" + namespace + "}" + name;
    }

    private static boolean isWordPress(String namespace) {
        return namespace != null && namespace.startsWith(WP_NAMESPACE_START);
    }

    /** The child elements' texts of the current element, by local name (a flat WordPress record). */
    private Map<String, String> fields() throws XMLStreamException {
        Map<String, String> fields = new LinkedHashMap<>();
        while (next() != XMLStreamConstants.END_ELEMENT) {
            if (xml.getEventType() == XMLStreamConstants.START_ELEMENT) {
                String name = xml.getLocalName();
                fields.put(name, text());
            }
        }
        return fields;
    }

    /** The text of the current element, including CDATA; nested elements (there should be none) are skipped. */
    private String text() throws XMLStreamException {
        StringBuilder text = new StringBuilder();
        int depth = 1;
        while (depth > 0) {
            int event = next();
            switch (event) {
                case XMLStreamConstants.START_ELEMENT -> depth++;
                case XMLStreamConstants.END_ELEMENT -> depth--;
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                    if (depth == 1) {
                        if (text.length() + xml.getTextLength() > MAX_TEXT) {
                            throw new WxrUnreadable("An element at line " + xml.getLocation().getLineNumber()
                                    + " holds more than " + MAX_TEXT / (1024 * 1024) + " MB of text; no post is that long.");
                        }
                        text.append(xml.getTextCharacters(), xml.getTextStart(), xml.getTextLength());
                    }
                }
                default -> {
                }
            }
        }
        return text.toString();
    }

    private void skip() throws XMLStreamException {
        int depth = 1;
        while (depth > 0) {
            int event = next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
    }

    private int next() throws XMLStreamException {
        if (!xml.hasNext()) {
            throw new XMLStreamException("Unexpected end of file", xml.getLocation());
        }
        int event = xml.next();
        if (event == XMLStreamConstants.DTD) {
            throw new WxrUnreadable("The file declares a document type (<!DOCTYPE …>); refused (see XXE).");
        }
        if (event == XMLStreamConstants.ENTITY_REFERENCE) {
            throw new WxrUnreadable("The file uses an undeclared entity &" + xml.getLocalName() + "; at line "
                    + xml.getLocation().getLineNumber() + ".");
        }
        if (event == XMLStreamConstants.END_DOCUMENT) {
            throw new XMLStreamException("Unexpected end of file", xml.getLocation());
        }
        return event;
    }
}
