package org.newsroom.news.article;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.List;
import org.newsroom.news.media.MediaItem;
import org.newsroom.news.revision.RevisionSnapshot;

/** An article as the editor form shows it, with the version a later save must be based on. */
public record EditorView(long id, long version, String title, String slug, String excerpt, String body,
                         ArticleStatus status, List<String> sectionSlugs, List<String> tags,
                         List<String> bylineUsernames, String language, boolean pinned, String authorUsername,
                         String lastEditedBy, LocalDateTime updatedAt, LocalDateTime scheduledFor,
                         LocalDateTime publishedAt, String reviewComment, Long featuredImageId, String imagePath,
                         String imageCaption, String imageCredit, String imageAlt,
                         Long translationId, String translationTitle) implements Serializable {

    /** The stored article, to compare an edit's {@link ArticleEdit#snapshot()} with. */
    public RevisionSnapshot snapshot() {
        return new RevisionSnapshot(title, slug, excerpt, body, sectionSlugs, tags, null, null, null, null, language);
    }

    public static EditorView of(Article article) {
        MediaItem image = article.getFeaturedImage();
        return new EditorView(article.getId(), article.getVersion(), article.getTitle(), article.getSlug(),
                article.getExplicitExcerpt(), article.getBody(), article.getStatus(),
                article.getSections().stream().map(s -> s.getSlug()).toList(),
                List.copyOf(article.getTags()),
                article.getBylines().stream().map(a -> a.getUsername()).toList(),
                article.getLanguage(), article.isPinned(), article.getAuthor().getUsername(),
                article.getLastEditedBy() == null ? null : article.getLastEditedBy().getDisplayName(),
                article.getUpdatedAt(), article.getScheduledFor(), article.getPublishedAt(),
                article.getReviewComment(),
                image == null ? null : image.getId(), image == null ? null : image.path(),
                image == null ? null : image.getCaption(), image == null ? null : image.getCredit(),
                image == null ? null : image.getAltText(),
                article.getTranslation() == null ? null : article.getTranslation().getId(),
                article.getTranslation() == null ? null : article.getTranslation().getTitle());
    }
}
