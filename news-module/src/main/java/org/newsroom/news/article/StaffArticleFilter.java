package org.newsroom.news.article;

import java.util.Map;

/**
 * Which articles the newsroom's article list shows; a null or blank field matches everything.
 *
 * @param headline words the headline contains, in any letter case (see {@link HeadlineSearch})
 */
public record StaffArticleFilter(ArticleStatus status, String sectionSlug, String authorUsername, String headline) {

    public static final StaffArticleFilter ALL = new StaffArticleFilter(null, null, null, null);

    public StaffArticleFilter {
        sectionSlug = clean(sectionSlug);
        authorUsername = clean(authorUsername);
        headline = clean(headline);
    }

    /** The JPQL from "from Article a" on: joins and conditions, with their parameters put into {@code parameters}. */
    String from(Map<String, Object> parameters) {
        StringBuilder jpql = new StringBuilder(" from Article a");
        if (sectionSlug != null) {
            jpql.append(" join a.sections s where s.slug = :section");
            parameters.put("section", sectionSlug);
        } else {
            jpql.append(" where 1 = 1");
        }
        if (status != null) {
            jpql.append(" and a.status = :status");
            parameters.put("status", status);
        }
        if (authorUsername != null) {
            jpql.append(" and a.author.username = :author");
            parameters.put("author", authorUsername);
        }
        if (headline != null) {
            jpql.append(" and a.titleSearch like :headline escape '").append(HeadlineSearch.ESCAPE).append("'");
            parameters.put("headline", HeadlineSearch.containing(headline));
        }
        return jpql.toString();
    }

    private static String clean(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
