package org.newsroom.news.article;

import java.time.LocalDateTime;

/** What a sitemap needs of a published article: where it is and when it last changed (UTC). */
public record ArticleAddress(String slug, LocalDateTime updatedAt, LocalDateTime publishedAt, String language) {
}
