package org.newsroom.news.article;

import java.util.Locale;
import java.util.Map;
import org.newsroom.news.edition.Edition;

/**
 * Which published articles a reader asks for; a null (or blank) field matches everything.
 * Section slugs, tags and languages match without regard to case; an author is a staff username;
 * an edition keeps the articles of its languages ({@link Edition#ofLanguage}).
 */
public record ArticleFilter(String sectionSlug, String tag, String authorUsername, String language, Edition edition) {

    public static final ArticleFilter ALL = new ArticleFilter(null, null, null, null, null);

    public ArticleFilter {
        sectionSlug = lowerCase(sectionSlug);
        tag = lowerCase(tag);
        authorUsername = clean(authorUsername);
        language = lowerCase(language);
    }

    public static ArticleFilter section(String sectionSlug) {
        return new ArticleFilter(sectionSlug, null, null, null, null);
    }

    /** The same filter, kept to one edition's articles (its feeds, its sitemap). */
    public ArticleFilter in(Edition wanted) {
        return new ArticleFilter(sectionSlug, tag, authorUsername, language, wanted);
    }

    /**
     * The JPQL conditions for an {@code Article a}, starting with " where"; only published articles.
     * Sections and tags are matched in EXISTS subqueries, so an article never comes back twice and
     * paging stays exact.
     */
    String where(Map<String, Object> parameters) {
        StringBuilder where = new StringBuilder(" where a.status = :published");
        parameters.put("published", ArticleStatus.PUBLISHED);
        if (sectionSlug != null) {
            where.append(" and exists (select x from Article x join x.sections s where x.id = a.id and s.slug = :section)");
            parameters.put("section", sectionSlug);
        }
        if (tag != null) {
            // EclipseLink's parser refuses lower(t) on an element collection's variable; FUNCTION passes it through.
            where.append(" and exists (select y from Article y join y.tags t where y.id = a.id and function('LOWER', t) = :tag)");
            parameters.put("tag", tag);
        }
        if (authorUsername != null) {
            where.append(" and a.author.username = :author");
            parameters.put("author", authorUsername);
        }
        if (language != null) {
            where.append(" and lower(a.language) = :language");
            parameters.put("language", language);
        }
        if (edition != null) {
            // Language codes are checked ("ru", "ru-KZ"), so the Russian edition's are "ru" and "ru-…".
            where.append(edition == Edition.RU ? " and (a.language = 'ru' or a.language like 'ru-%')"
                    : " and not (a.language = 'ru' or a.language like 'ru-%')");
        }
        return where.toString();
    }

    private static String clean(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String lowerCase(String value) {
        String cleaned = clean(value);
        return cleaned == null ? null : cleaned.toLowerCase(Locale.ROOT);
    }
}
