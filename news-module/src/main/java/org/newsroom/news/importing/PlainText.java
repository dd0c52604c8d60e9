package org.newsroom.news.importing;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Titles, excerpts and captions as plain text: tags dropped, the entities WordPress writes decoded. */
final class PlainText {

    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    private static final Pattern ENTITY = Pattern.compile("&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z][a-zA-Z0-9]{1,10});");
    private static final Pattern SPACES = Pattern.compile("[ \\t\\x0B\\f\\r\\n\\u00A0]+");
    private static final Map<String, String> NAMED = Map.ofEntries(
            Map.entry("amp", "&"), Map.entry("lt", "<"), Map.entry("gt", ">"), Map.entry("quot", "\""),
            Map.entry("apos", "'"), Map.entry("nbsp", "\u00A0"), Map.entry("mdash", "—"), Map.entry("ndash", "–"),
            Map.entry("laquo", "«"), Map.entry("raquo", "»"), Map.entry("hellip", "…"), Map.entry("minus", "−"),
            Map.entry("frac12", "½"), Map.entry("times", "×"), Map.entry("lsquo", "‘"), Map.entry("rsquo", "’"),
            Map.entry("ldquo", "“"), Map.entry("rdquo", "”"), Map.entry("copy", "©"), Map.entry("euro", "€"));

    private PlainText() {
    }

    static String of(String html) {
        if (html == null) {
            return "";
        }
        String text = decode(TAG.matcher(html).replaceAll(" "));
        return SPACES.matcher(text).replaceAll(" ").strip();
    }

    static String decode(String text) {
        Matcher entity = ENTITY.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (entity.find()) {
            String name = entity.group(1);
            String value;
            if (name.startsWith("#x") || name.startsWith("#X")) {
                value = codePoint(Integer.parseInt(name.substring(2), 16));
            } else if (name.startsWith("#")) {
                value = codePoint(Integer.parseInt(name.substring(1)));
            } else {
                value = NAMED.get(name);
            }
            entity.appendReplacement(out, Matcher.quoteReplacement(value == null ? entity.group() : value));
        }
        entity.appendTail(out);
        return out.toString();
    }

    private static String codePoint(int value) {
        return Character.isValidCodePoint(value) && value != 0 ? new String(Character.toChars(value)) : "";
    }
}
