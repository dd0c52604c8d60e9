package org.newsroom.news.search;

import java.time.LocalDateTime;
import org.newsroom.news.edition.Edition;

/**
 * An article as the search index needs it; {@code published} false means "take it out". {@code version} is the
 * article row's optimistic-lock version: every change to the row moves it, so an index that kept it knows,
 * after a restart, which of its documents the database has changed since.
 */
public record SearchableArticle(long id, String title, String excerpt, String bodyText, boolean published,
                                LocalDateTime publishedAt, LocalDateTime updatedAt, long version, Edition edition) {
}
