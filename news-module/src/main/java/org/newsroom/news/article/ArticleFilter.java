package org.newsroom.news.article;

import java.util.Locale;
import java.util.Map;

/**
 * Which published articles a reader asks for; a null (or blank) field matches everything.
 * Section slugs, tags and languages match without regard to case; an author is a staff username.
 */
public record ArticleFilter(String sectionSlug, String tag, String authorUsername, String language) {

    public static final ArticleFilter ALL = new ArticleFilter(null, null, null, null);

    public ArticleFilter {
        sectionSlug = lowerCase(sectionSlug);
        tag = lowerCase(tag);
        authorUsername = clean(authorUsername);
        language = lowerCase(language);
    }

    public static ArticleFilter section(String sectionSlug) {
        return new ArticleFilter(sectionSlug, null, null, null);
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
