package org.newsroom.web.articles.site;

import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsroom.news.search.SearchTerms;

/**
 * Marks the searched words in an excerpt: every word the query's terms stand for (so "курсом" for the
 * query "курс", "Ёлка" for "елка"), whole words only; everything else is escaped, so the result is safe HTML.
 */
public final class Highlighter {

    /** A word: letters, digits and the marks that belong to them (Kazakh, Russian, English alike). */
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}\\p{N}]+");

    private Highlighter() {
    }

    public static String mark(String text, SearchTerms terms) {
        return mark(text, terms::matches);
    }

    static String mark(String text, Predicate<String> asked) {
        String plain = text == null ? "" : text;
        StringBuilder html = new StringBuilder(plain.length() + 32);
        Matcher words = WORD.matcher(plain);
        int done = 0;
        while (words.find()) {
            html.append(escape(plain.substring(done, words.start())));
            String word = words.group();
            html.append(asked.test(word) ? "<mark>" + escape(word) + "</mark>" : escape(word));
            done = words.end();
        }
        return html.append(escape(plain.substring(done))).toString();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }
}
