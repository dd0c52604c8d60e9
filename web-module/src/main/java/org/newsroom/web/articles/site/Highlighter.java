package org.newsroom.web.articles.site;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Marks the searched words in an excerpt; everything else is escaped, so the result is safe HTML. */
public final class Highlighter {

    private Highlighter() {
    }

    public static String mark(String text, List<String> terms) {
        String escaped = escape(text == null ? "" : text);
        if (terms.isEmpty()) {
            return escaped;
        }
        String alternatives = terms.stream().map(term -> Pattern.quote(escape(term))).collect(Collectors.joining("|"));
        Matcher words = Pattern.compile("(?iu)(?<![\\p{L}\\p{N}])(" + alternatives + ")(?![\\p{L}\\p{N}])").matcher(escaped);
        return words.replaceAll(match -> "<mark>" + Matcher.quoteReplacement(match.group(1)) + "</mark>");
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }
}
