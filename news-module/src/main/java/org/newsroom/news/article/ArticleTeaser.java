package org.newsroom.news.article;

import java.time.LocalDateTime;
import org.newsroom.news.media.MediaItem;
import org.newsroom.news.media.Picture;

/**
 * What a list shows of an article; detached from JPA so pages never trigger lazy loading.
 *
 * @param image the featured image with its renditions, null for none
 */
public record ArticleTeaser(String title, String slug, String excerpt, LocalDateTime publishedAt,
                            Picture image) {

    /** JPQL's constructor expression: the teaser columns, then the featured image's (all null for none). */
    public ArticleTeaser(String title, String slug, String excerpt, LocalDateTime publishedAt,
                         Long imageId, String imageType, Integer imageWidth, Integer imageHeight, String imageAlt,
                         String renditionWidths, Boolean renditionWebp) {
        this(title, slug, excerpt, publishedAt,
                Picture.of(imageId, imageType, imageWidth, imageHeight, imageAlt, renditionWidths, renditionWebp));
    }

    static ArticleTeaser of(Article article) {
        MediaItem image = article.getFeaturedImage();
        return new ArticleTeaser(article.getTitle(), article.getSlug(), article.excerpt(), article.getPublishedAt(),
                image == null ? null : image.picture());
    }
}
