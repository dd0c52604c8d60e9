package org.newsroom.news.article;

import java.text.Normalizer;
import java.util.Locale;

/** Readable URL parts from titles. */
public final class Slugs {

    private static final int MAX_LENGTH = 120;

    private Slugs() {
    }

    public static String fromTitle(String title) {
        String ascii = Normalizer.normalize(title == null ? "" : title, Normalizer.Form.NFKD)
                .replaceAll("\\p{M}+", "")
                .replace('’', '\'')
                .toLowerCase(Locale.ROOT);
        String slug = ascii.replace("'", "")
                .replaceAll("[^a-z0-9\\p{IsCyrillic}]+", "-")
                .replaceAll("(^-+|-+$)", "");
        if (slug.length() > MAX_LENGTH) {
            slug = slug.substring(0, MAX_LENGTH).replaceAll("-+[^-]*$", "");
        }
        return slug.isEmpty() ? "article" : slug;
    }
}
