package org.newsroom.rates.feed;

import java.io.ByteArrayInputStream;
import java.io.CharConversionException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * The JDK's DOM parser set up for files from outside: no DTD, no external entities, no XInclude
 * (XXE and "billion laughs" are refused), and every failure turned into a FeedException.
 */
final class SafeXml {

    private SafeXml() {
    }

    /**
     * Parses from bytes, never from a String: the parser then honours the XML declaration's encoding,
     * which is the only place NBKR names its windows-1251 (its HTTP header gives no charset).
     *
     * @param rootName the root element a real file has; anything else is refused
     */
    static Element parse(byte[] body, String source, String rootName) throws FeedException {
        FeedText.requireContent(body, source);
        if (FeedText.looksLikeHtml(body)) {
            throw new FeedException(source + " answered with an HTML page instead of XML");
        }
        if (!FeedText.startsWithMarkup(body)) {
            throw new FeedException(source + " sent something that is not XML, so it was not used");
        }
        Document document;
        try {
            DocumentBuilder builder = factory().newDocumentBuilder();
            builder.setErrorHandler(THROW_ON_ERROR);
            document = builder.parse(new InputSource(new ByteArrayInputStream(body)));
        } catch (SAXParseException e) {
            throw new FeedException(malformed(source, body, rootName, e), e);
        } catch (SAXException | IOException e) {
            throw new FeedException(source + " sent a file that is not readable XML and was not used", e);
        } catch (ParserConfigurationException e) {
            // The JDK parser knows these features; reaching this means a broken runtime, not a bad feed.
            throw new IllegalStateException("The XML parser cannot be made safe", e);
        }
        Element root = document.getDocumentElement();
        if (!rootName.equals(root.getTagName())) {
            throw new FeedException(source + " sent XML that is not a rates file: it starts with <"
                    + root.getTagName() + "> where <" + rootName + "> was expected");
        }
        return root;
    }

    private static String malformed(String source, byte[] body, String rootName, SAXParseException e) {
        String message = String.valueOf(e.getMessage());
        if (message.contains("DOCTYPE")) {
            return source + " sent XML with a document type declaration, which is refused for safety";
        }
        if (hasCause(e, CharConversionException.class)) {
            return source + " sent XML whose bytes do not match the encoding it declares (line " + e.getLineNumber()
                    + "), so it was not used";
        }
        if (!FeedText.tail(body).endsWith("</" + rootName + ">")) {
            return source + " sent XML that is cut off before its end, so it was not used";
        }
        return source + " sent broken XML (line " + e.getLineNumber() + ", column " + e.getColumnNumber()
                + "), so it was not used";
    }

    private static boolean hasCause(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    private static DocumentBuilderFactory factory() throws ParserConfigurationException {
        // The JDK's own parser, whatever an application server puts on the class path: the feature
        // names below are the ones it is known to honour.
        DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
        factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        factory.setXIncludeAware(false);
        factory.setExpandEntityReferences(false);
        factory.setNamespaceAware(false);
        return factory;
    }

    /** Without it the JDK parser also prints "[Fatal Error]" to stderr, which only clutters the log. */
    private static final ErrorHandler THROW_ON_ERROR = new ErrorHandler() {
        @Override
        public void warning(SAXParseException e) {
            // not worth failing a feed for
        }

        @Override
        public void error(SAXParseException e) throws SAXException {
            throw e;
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXException {
            throw e;
        }
    };

    /** The direct children called {@code name}, in document order. */
    static List<Element> children(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && name.equals(element.getTagName())) {
                found.add(element);
            }
        }
        return found;
    }

    /** The trimmed text of the first direct child called {@code name}, or null if there is none. */
    static String childText(Element parent, String name) {
        List<Element> found = children(parent, name);
        return found.isEmpty() ? null : found.get(0).getTextContent().strip();
    }
}
