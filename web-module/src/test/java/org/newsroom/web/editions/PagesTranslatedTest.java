package org.newsroom.web.editions;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Attr;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/**
 * No page says anything a person reads that is not from the bundles: every text of every page (readers'
 * and staff's) and every attribute a person sees or hears (button values, labels, titles, placeholders,
 * alt and aria texts, PrimeFaces' headers and empty messages…) is an expression, so it is in English
 * and in Russian (MessageBundlesTest checks that both bundles have every key a page names). The same
 * for the sentences beans put on a page: a FacesMessage or an admin message built from a string literal
 * would stay English on a Russian page.
 */
class PagesTranslatedTest {

    private static final Path WEBAPP = Path.of("src/main/webapp");
    private static final Path JAVA = Path.of("src/main/java");

    /** Attributes whose value reaches a person (seen or read aloud); ids, classes, styles and addresses do not. */
    private static final Set<String> SPOKEN_ATTRIBUTES = Set.of("value", "title", "placeholder", "alt", "label",
            "itemLabel", "header", "footerText", "headerText", "emptyMessage", "requiredMessage", "converterMessage",
            "validatorMessage", "aria-label", "aria-description", "aria-roledescription", "summary", "caption",
            "noSelectionLabel", "uploadLabel", "cancelLabel", "chooseLabel", "invalidSizeMessage", "invalidFileMessage",
            "fileLimitMessage", "currentPageReportTemplate", "message", "emptyLabel", "selectedLabel", "confirmLabel",
            "yesLabel", "noLabel", "closeTitle", "tooltip", "data-label", "content");
    /** Elements whose value attribute is data, not words (a hidden field, a parameter, a view parameter…). */
    private static final Set<String> VALUE_IS_DATA = Set.of("inputHidden", "inputText", "inputTextarea", "param",
            "viewParam", "selectOneMenu", "selectOneRadio", "selectManyCheckbox", "selectBooleanCheckbox",
            "selectOneListbox", "inputNumber", "datePicker", "calendar", "textEditor", "inputSecret", "outputText",
            "outputFormat", "attribute", "setPropertyActionListener", "metadata", "event", "ajax", "dataTable",
            "repeat", "dataList", "datalist", "chart", "option", "input", "textarea", "select", "autoComplete",
            "chips", "inputMask", "selectItems", "selectItem", "password", "spinner", "hiddenInput", "data", "meter",
            "progress", "li", "fileUpload", "tree", "set", "validateLength", "convertDateTime",
            "convertNumber", "validateRegex", "validateLongRange");
    /** Text that reads the same in every language: names (the product's, the networks' a story is shared to), currency codes, punctuation, numbers, symbols. */
    private static final Pattern LANGUAGE_FREE = Pattern.compile("(Newsroom|Telegram|WhatsApp|Facebook|X|USD|KZT|KGS|TJS|UZS|TMT|[\\p{P}\\p{S}\\p{N}\\s×·])*");
    private static final Pattern EXPRESSION = Pattern.compile("[#$]\\{[^}]*}");
    private static final Pattern LITERAL_MESSAGE = Pattern.compile(
            "(new FacesMessage\\([^;]*\"[A-Z][^\"]*\\s[^\"]*\"|AdminMessages\\.(done|refused|keepTyped)\\([^;]*\"[A-Z][^\"]*\\s[^\"]*\")",
            Pattern.DOTALL);

    @Test
    void everyTextOfEveryPageComesFromTheBundles() throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        DocumentBuilder builder = factory.newDocumentBuilder();
        List<String> untranslated = new ArrayList<>();
        try (Stream<Path> pages = Files.walk(WEBAPP)) {
            for (Path page : pages.filter(p -> p.toString().endsWith(".xhtml")).sorted().toList()) {
                collect(builder.parse(page.toFile()).getDocumentElement(), WEBAPP.relativize(page).toString(), untranslated);
            }
        }
        assertEquals(List.of(), untranslated, "literal words on pages (put them in messages_en/_ru and use #{msg['…']})");
    }

    @Test
    void noBeanPutsALiteralSentenceOnAPage() throws IOException {
        List<String> literal = new ArrayList<>();
        try (Stream<Path> sources = Files.walk(JAVA)) {
            for (Path source : sources.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                Matcher matcher = LITERAL_MESSAGE.matcher(read(source));
                while (matcher.find()) {
                    literal.add(JAVA.relativize(source) + ": " + matcher.group().replaceAll("\\s+", " "));
                }
            }
        }
        assertEquals(List.of(), literal, "beans saying English sentences (use StaffTexts.text(key, …))");
    }

    private static void collect(Node node, String page, List<String> untranslated) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
            switch (child.getNodeType()) {
                case Node.TEXT_NODE, Node.CDATA_SECTION_NODE -> {
                    String element = node.getLocalName() == null ? node.getNodeName() : node.getLocalName();
                    if (!element.equals("script") && !element.equals("style") && hasWords(child.getNodeValue())) {
                        untranslated.add(page + " <" + element + ">: " + child.getNodeValue().strip());
                    }
                }
                case Node.ELEMENT_NODE -> {
                    attributes((Element) child, page, untranslated);
                    collect(child, page, untranslated);
                }
                default -> {
                    // comments and processing instructions are for developers
                }
            }
        }
    }

    private static void attributes(Element element, String page, List<String> untranslated) {
        String name = element.getLocalName() == null ? element.getNodeName() : element.getLocalName();
        NamedNodeMap attributes = element.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
            Attr attribute = (Attr) attributes.item(i);
            String attributeName = attribute.getLocalName() == null ? attribute.getName() : attribute.getLocalName();
            if (!SPOKEN_ATTRIBUTES.contains(attributeName)) {
                continue;
            }
            if (attributeName.equals("value") && (VALUE_IS_DATA.contains(name) || !isSpokenValue(element, name))) {
                continue;
            }
            if (attributeName.equals("content") && !element.hasAttribute("name") && !element.hasAttribute("property")) {
                continue;
            }
            if (attributeName.equals("content") && isMachineMeta(element)) {
                continue;
            }
            if (hasWords(attribute.getValue())) {
                untranslated.add(page + " <" + name + " " + attributeName + ">: " + attribute.getValue());
            }
        }
    }

    /** A value a person reads: a button's caption, a link's or an output's text. */
    private static boolean isSpokenValue(Element element, String name) {
        return name.startsWith("command") || name.equals("outputLabel") || name.equals("link")
                || name.equals("button") && !"http://www.w3.org/1999/xhtml".equals(element.getNamespaceURI())
                || name.equals("outputLink") || name.equals("linkButton") || name.equals("menuitem")
                || name.equals("submenu") || name.equals("tab") || name.equals("column") || name.equals("panel")
                || name.equals("fieldset") || name.equals("dialog") || name.equals("confirmDialog");
    }

    private static boolean isMachineMeta(Element meta) {
        String name = meta.getAttribute("name") + meta.getAttribute("property");
        return Set.of("viewport", "robots", "og:type", "twitter:card", "og:url", "og:image", "og:locale",
                "theme-color", "generator", "referrer", "format-detection").contains(name);
    }

    private static boolean hasWords(String text) {
        String words = EXPRESSION.matcher(text).replaceAll(" ");
        return !LANGUAGE_FREE.matcher(words).matches();
    }

    private static String read(Path source) {
        try {
            return Files.readString(source);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
