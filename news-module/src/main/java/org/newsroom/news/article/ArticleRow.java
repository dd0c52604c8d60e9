package org.newsroom.news.article;

import java.io.Serializable;
import java.time.LocalDateTime;

/** An article in a newsroom list: enough to find it and see where it stands. Times are UTC. */
public record ArticleRow(long id, String title, ArticleStatus status, String authorName, String authorUsername,
                         LocalDateTime updatedAt, LocalDateTime scheduledFor, LocalDateTime publishedAt, boolean pinned,
                         boolean overdue) implements Serializable {

    static ArticleRow of(Article article, LocalDateTime now) {
        boolean overdue = article.getStatus() == ArticleStatus.SCHEDULED && article.getScheduledFor() != null
                && article.getScheduledFor().isBefore(now.minusMinutes(1));
        return new ArticleRow(article.getId(), article.getTitle(), article.getStatus(),
                article.getAuthor().getDisplayName(), article.getAuthor().getUsername(), article.getUpdatedAt(),
                article.getScheduledFor(), article.getPublishedAt(), article.isPinned(), overdue);
    }
}
