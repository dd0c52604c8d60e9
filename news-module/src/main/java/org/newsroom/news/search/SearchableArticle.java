package org.newsroom.news.search;

import java.time.LocalDateTime;
import org.newsroom.news.edition.Edition;

/** An article as the search index needs it; {@code published} false means "take it out". */
public record SearchableArticle(long id, String title, String excerpt, String bodyText, boolean published,
                                LocalDateTime publishedAt, LocalDateTime updatedAt, Edition edition) {
}
