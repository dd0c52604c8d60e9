package org.newsroom.news.importing;

import java.time.LocalDateTime;

/** A published article's slug and publication time (UTC): what its readable address is made of. */
public record ArticleAt(String slug, LocalDateTime publishedAt, String language) {
}
