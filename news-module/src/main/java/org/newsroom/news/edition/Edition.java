package org.newsroom.news.edition;

import java.util.Locale;
import java.util.Optional;

/**
 * The outlet's editions: English at the site's root, Russian under /ru/. An article is in the edition
 * of its language. Languages that have no edition of their own yet (Kazakh, Uzbek) stay in the English
 * one, the outlet's first, where every article was before editions existed: nothing published
 * disappears from the site until its language gets an edition.
 */
public enum Edition {
    EN("en", ""),
    RU("ru", "/ru");

    private final String code;
    private final String pathPrefix;

    Edition(String code, String pathPrefix) {
        this.code = code;
        this.pathPrefix = pathPrefix;
    }

    /** The edition an article in {@code language} ("ru", "ru-KZ", "kk", "en-GB") belongs to. */
    public static Edition ofLanguage(String language) {
        String primary = language == null ? "" : language.strip().toLowerCase(Locale.ROOT).split("[-_]", 2)[0];
        return primary.equals(RU.code) ? RU : EN;
    }

    /** The edition whose code is {@code code} ("en", "ru"), if any. */
    public static Optional<Edition> ofCode(String code) {
        for (Edition edition : values()) {
            if (edition.code.equalsIgnoreCase(String.valueOf(code).strip())) {
                return Optional.of(edition);
            }
        }
        return Optional.empty();
    }

    /** The edition an article's translation is in: the outlet has two, each the other's. */
    public Edition other() {
        return this == EN ? RU : EN;
    }

    /** "en", "ru": the language of the edition's own pages, and the code stored with its list rows. */
    public String code() {
        return code;
    }

    /** "" for English, "/ru" for Russian: what the edition's addresses start with inside the site. */
    public String pathPrefix() {
        return pathPrefix;
    }

    public Locale locale() {
        return Locale.forLanguageTag(code);
    }
}
