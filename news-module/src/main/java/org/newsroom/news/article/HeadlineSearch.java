package org.newsroom.news.article;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Headlines as the newsroom's article list searches them: letter case and the Russian ё/е
 * spelling do not matter, in any alphabet. Folded here, in Java, and stored with the article
 * ({@code TITLE_SEARCH}): a database's own {@code lower()} follows its locale, and PostgreSQL
 * in the {@code C} locale leaves Cyrillic capitals as they are.
 */
public final class HeadlineSearch {

    /** The LIKE escape character used with {@link #containing(String)}. */
    public static final char ESCAPE = '\\';

    private HeadlineSearch() {
    }

    /** The headline's searchable form: NFC, lower case, ё as е. */
    public static String fold(String headline) {
        if (headline == null) {
            return null;
        }
        return Normalizer.normalize(headline, Normalizer.Form.NFC).toLowerCase(Locale.ROOT).replace('ё', 'е');
    }

    /**
     * A LIKE pattern (escape {@link #ESCAPE}) for headlines containing what was typed, or null when
     * nothing was: "%" and "_" typed are searched for as themselves.
     */
    public static String containing(String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        String folded = fold(typed.strip().replaceAll("\\s+", " "));
        StringBuilder pattern = new StringBuilder("%");
        for (char c : folded.toCharArray()) {
            if (c == '%' || c == '_' || c == ESCAPE) {
                pattern.append(ESCAPE);
            }
            pattern.append(c);
        }
        return pattern.append('%').toString();
    }
}
