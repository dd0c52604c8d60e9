package org.newsroom.news.article;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Attr;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.helpers.DefaultHandler;

/**
 * An independent inspector of sanitised bodies: it does not trust {@link ArticleBody}'s own
 * allow-list but re-reads the output and lists anything a browser could execute.
 *
 * <p>The sanitizer writes well-formed markup (quoted attributes, escaped text, balanced tags,
 * self-closed void elements), so the JDK's XML parser reads it the way a browser would; output it
 * cannot parse is itself reported as a problem. A plain-text scan for dangerous tag openings backs
 * the parse up.
 */
final class InertHtml {

    /** Written out again here on purpose, so a mistake in the policy cannot hide in the test. */
    static final Set<String> ALLOWED_ELEMENTS = Set.of(
            "p", "br", "h2", "h3", "h4", "strong", "em", "b", "i", "u", "s", "sub", "sup",
            "blockquote", "ul", "ol", "li", "a", "img", "figure", "figcaption",
            "table", "thead", "tbody", "tr", "th", "td", "code", "pre", "hr", "span");
    private static final Set<String> URL_ATTRIBUTES = Set.of(
            "href", "src", "cite", "action", "formaction", "background", "poster", "srcset",
            "xlink:href", "data", "longdesc", "lowsrc", "dynsrc", "codebase", "classid");
    private static final Set<String> FORBIDDEN_ATTRIBUTES = Set.of("style", "srcdoc");
    private static final List<String> FORBIDDEN_SCHEMES = List.of("javascript:", "vbscript:", "data:", "livescript:");
    private static final List<String> FORBIDDEN_TAG_OPENINGS = List.of(
            "<script", "<style", "<iframe", "<frame", "<object", "<embed", "<applet", "<svg", "<math",
            "<form", "<meta", "<base", "<link", "<template", "<noscript");
    private static final Pattern CHARACTER_REFERENCE = Pattern.compile(
            "&#(x0*[0-9a-f]{1,6}|0*[0-9]{1,7});?", Pattern.CASE_INSENSITIVE);
    private static final Pattern NAMED_URL_TRICKS = Pattern.compile("&(colon|tab|newline);", Pattern.CASE_INSENSITIVE);
    /** Characters browsers ignore or strip inside a URL scheme. */
    private static final Pattern IGNORED_IN_SCHEME = Pattern.compile("[\\s\\p{Cc}\\p{Cf}\\u00AD]");

    private InertHtml() {
    }

    static void assertInert(String html) {
        List<String> problems = problems(html);
        assertTrue(problems.isEmpty(), () -> problems + " in sanitised output: " + html);
    }

    /** Everything executable or outside the allow-list; empty when the HTML is inert. */
    static List<String> problems(String html) {
        List<String> problems = new ArrayList<>();
        String lowerCase = html.toLowerCase(Locale.ROOT);
        for (String opening : FORBIDDEN_TAG_OPENINGS) {
            if (lowerCase.contains(opening)) {
                problems.add("raw " + opening);
            }
        }
        Element root;
        try {
            root = parse("<root>" + html + "</root>");
        } catch (Exception notWellFormed) {
            problems.add("not well-formed: " + notWellFormed.getMessage());
            return problems;
        }
        NodeList elements = root.getElementsByTagName("*");
        for (int i = 0; i < elements.getLength(); i++) {
            inspect((Element) elements.item(i), problems);
        }
        return problems;
    }

    private static void inspect(Element element, List<String> problems) {
        String name = element.getTagName().toLowerCase(Locale.ROOT);
        if (!ALLOWED_ELEMENTS.contains(name)) {
            problems.add("element <" + name + ">");
        }
        NamedNodeMap attributes = element.getAttributes();
        for (int j = 0; j < attributes.getLength(); j++) {
            Attr attribute = (Attr) attributes.item(j);
            String attributeName = attribute.getName().toLowerCase(Locale.ROOT);
            if (attributeName.startsWith("on")) {
                problems.add("event handler " + attributeName + " on <" + name + ">");
            }
            if (FORBIDDEN_ATTRIBUTES.contains(attributeName)) {
                problems.add("attribute " + attributeName + " on <" + name + ">");
            }
            if (URL_ATTRIBUTES.contains(attributeName) && hasForbiddenScheme(attribute.getValue())) {
                problems.add("script URL in " + attributeName + "=" + attribute.getValue());
            }
        }
    }

    /**
     * The XML parser has already decoded one level of entities, as a browser would; decoding again
     * and stripping every ignorable character is deliberately paranoid.
     */
    static boolean hasForbiddenScheme(String url) {
        String decoded = url;
        for (int round = 0; round < 3; round++) {
            decoded = decodeCharacterReferences(decoded);
        }
        String scheme = IGNORED_IN_SCHEME.matcher(decoded).replaceAll("").toLowerCase(Locale.ROOT);
        return FORBIDDEN_SCHEMES.stream().anyMatch(scheme::startsWith);
    }

    private static String decodeCharacterReferences(String text) {
        Matcher named = NAMED_URL_TRICKS.matcher(text);
        String result = named.replaceAll(match -> switch (match.group(1).toLowerCase(Locale.ROOT)) {
            case "colon" -> ":";
            case "tab" -> "\t";
            default -> "\n";
        });
        return CHARACTER_REFERENCE.matcher(result).replaceAll(match -> {
            String number = match.group(1);
            int codePoint = number.charAt(0) == 'x' || number.charAt(0) == 'X'
                    ? Integer.parseInt(number.substring(1), 16) : Integer.parseInt(number);
            return Matcher.quoteReplacement(Character.isValidCodePoint(codePoint)
                    ? new String(Character.toChars(codePoint)) : "");
        });
    }

    private static Element parse(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        // No DOCTYPE, no external anything: the output must stand on its own.
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setExpandEntityReferences(false);
        DocumentBuilder builder = factory.newDocumentBuilder();
        builder.setErrorHandler(new DefaultHandler()); // throws on fatal errors, prints nothing
        return builder.parse(new InputSource(new StringReader(xml))).getDocumentElement();
    }
}
