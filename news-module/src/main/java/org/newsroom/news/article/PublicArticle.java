package org.newsroom.news.article;

import java.time.LocalDateTime;
import java.util.List;

/**
 * A published article for feeds and the public API, detached from JPA. Times are UTC.
 *
 * @param body      the sanitised HTML body (lists carry it too: the excerpt is derived from it anyway)
 * @param imagePath the featured image's path inside the site, or null
 */
public record PublicArticle(long id, String slug, String title, String excerpt, String body, String language,
                            LocalDateTime publishedAt, LocalDateTime updatedAt, String authorUsername,
                            String authorName, List<SectionRef> sections, List<String> tags, String imagePath) {

    public PublicArticle {
        sections = List.copyOf(sections);
        tags = List.copyOf(tags);
    }
}
