package org.newsroom.news.search;

import java.time.LocalDateTime;

/**
 * An article as the search index needs it; {@code published} false means "take it out". {@code version} is the
 * article row's optimistic-lock version: every change to the row moves it, so an index that kept it knows,
 * after a restart, which of its documents the database has changed since.
 */
public record SearchableArticle(long id, String title, String excerpt, String bodyText, boolean published,
                                LocalDateTime publishedAt, LocalDateTime updatedAt, long version) {

    public SearchableArticle(long id, String title, String excerpt, String bodyText, boolean published,
                             LocalDateTime publishedAt, LocalDateTime updatedAt) {
        this(id, title, excerpt, bodyText, published, publishedAt, updatedAt, 0);
    }
}
