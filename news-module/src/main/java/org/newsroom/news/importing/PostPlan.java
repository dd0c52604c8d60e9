package org.newsroom.news.importing;

import java.time.LocalDateTime;
import java.util.List;
import org.newsroom.news.article.ArticleStatus;

/**
 * What one WordPress post or page becomes: an article in a given state, with everything it needs.
 *
 * @param publishedAt     UTC; set for PUBLISHED
 * @param scheduledFor    UTC; set for SCHEDULED
 * @param createdAt       UTC; the post's own date, or the import's time when the post has none
 * @param slug            the article's slug: WordPress's own, decoded, so its address stays the same
 * @param oldSlugs        earlier slugs ({@code _wp_old_slug}), decoded: their addresses answer 301
 * @param sectionSlugs    the categories' WordPress slugs (decoded), in the post's order
 * @param standfirst      the explicit excerpt, else the subtitle, else the Yoast description; null derives one
 * @param featuredImageId the {@code _thumbnail_id} attachment, 0 for none
 * @param notes           report lines that do not stop the import (a protected post kept from readers…)
 */
public record PostPlan(long postId, boolean page, String title, ArticleStatus status, LocalDateTime publishedAt,
                       LocalDateTime scheduledFor, LocalDateTime createdAt, String slug, List<String> oldSlugs,
                       String authorLogin, List<String> sectionSlugs, List<String> tags, String standfirst,
                       boolean pinned, long featuredImageId, String language, String oldPath, List<String> notes) {

    public PostPlan {
        oldSlugs = List.copyOf(oldSlugs);
        sectionSlugs = List.copyOf(sectionSlugs);
        tags = List.copyOf(tags);
        notes = List.copyOf(notes);
    }
}
