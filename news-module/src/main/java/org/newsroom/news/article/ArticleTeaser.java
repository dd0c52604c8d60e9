package org.newsroom.news.article;

import java.time.LocalDateTime;

/** What a list shows of an article; detached from JPA so pages never trigger lazy loading. */
public record ArticleTeaser(String title, String slug, String excerpt, LocalDateTime publishedAt) {

    static ArticleTeaser of(Article article) {
        return new ArticleTeaser(article.getTitle(), article.getSlug(), article.excerpt(), article.getPublishedAt());
    }
}
