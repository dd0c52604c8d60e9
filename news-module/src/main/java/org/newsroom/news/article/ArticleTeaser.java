package org.newsroom.news.article;

import java.time.LocalDateTime;
import java.util.List;
import org.newsroom.news.media.MediaItem;
import org.newsroom.news.media.Picture;

/**
 * What a list shows of an article; detached from JPA so pages never trigger lazy loading.
 *
 * @param image   the featured image with its renditions, null for none
 * @param bylines the names on the byline, each with the username of its author page
 */
public record ArticleTeaser(String title, String slug, String excerpt, LocalDateTime publishedAt,
                            Picture image, List<Byline> bylines) {

    public ArticleTeaser {
        bylines = bylines == null ? List.of() : List.copyOf(bylines);
    }

    static ArticleTeaser of(Article article) {
        MediaItem image = article.getFeaturedImage();
        return new ArticleTeaser(article.getTitle(), article.getSlug(), article.excerpt(), article.getPublishedAt(),
                image == null ? null : image.picture(),
                article.getBylines().stream().map(Byline::of).toList());
    }
}
