package org.newsroom.news.article;

import java.time.LocalDateTime;

/** What a Google News sitemap needs of a recently published article. Times are UTC. */
public record RecentArticle(String slug, String title, String language, LocalDateTime publishedAt) {
}
