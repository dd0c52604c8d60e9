package org.newsroom.news.article;

import java.time.LocalDateTime;
import java.util.List;

/**
 * What a list shows of an article; detached from JPA so pages never trigger lazy loading.
 *
 * @param bylines the names on the byline, each with the username of its author page
 */
public record ArticleTeaser(String title, String slug, String excerpt, LocalDateTime publishedAt,
                            List<TeaserByline> bylines) {

    public ArticleTeaser {
        bylines = bylines == null ? List.of() : List.copyOf(bylines);
    }

    static ArticleTeaser of(Article article) {
        return new ArticleTeaser(article.getTitle(), article.getSlug(), article.excerpt(), article.getPublishedAt(),
                article.getBylines().stream().map(account -> new TeaserByline(account.getDisplayName(), account.getUsername())).toList());
    }
}
