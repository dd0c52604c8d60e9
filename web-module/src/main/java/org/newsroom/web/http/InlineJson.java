package org.newsroom.web.http;

/**
 * JSON written inside an HTML {@code <script>} element. JSON's own escaping is not enough there: the
 * HTML parser reads {@code </script>}, and also {@code <!--} followed by {@code <script>}, as markup
 * (the "script data escaped" states), which can swallow the rest of the page. Writing {@code <},
 * {@code >} and {@code &} as JSON's {@code \u003c}, {@code \u003e}, {@code \u0026} leaves the data the
 * same for any JSON reader and gives the HTML parser nothing to act on.
 */
public final class InlineJson {

    private InlineJson() {
    }

    public static String of(String json) {
        StringBuilder safe = new StringBuilder(json.length() + 16);
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            switch (c) {
                case '<' -> safe.append("\\u003c");
                case '>' -> safe.append("\\u003e");
                case '&' -> safe.append("\\u0026");
                // Line and paragraph separators end a line in older script parsers.
                case '\u2028' -> safe.append("\\u2028");
                case '\u2029' -> safe.append("\\u2029");
                default -> safe.append(c);
            }
        }
        return safe.toString();
    }
}
