package org.newsroom.news.article;

import java.time.LocalDateTime;
import java.util.List;
import org.newsroom.news.edition.Edition;
import org.newsroom.news.media.MediaItem;
import org.newsroom.news.media.Picture;
import org.newsroom.news.section.Section;

/**
 * An article as a reader sees it.
 *
 * @param excerpt    the standfirst, or the start of the body when there is none (for lists and link previews)
 * @param standfirst the standfirst the staff wrote, null when there is none (the page then shows none above the body)
 * @param picture    the featured image with its renditions, null for none (or of unknown size)
 * @param translation the published translation, null when there is none or it is not published
 * @param translationId the linked translation's id, published or not (its publish changes this page), else null
 * @param bylines    the names the story is credited to, each linking to its author's page
 */
public record ArticleView(Long id, String title, String slug, String excerpt, String body,
                          String authorName, List<String> sectionNames, LocalDateTime publishedAt,
                          String imagePath, String imageCaption, String imageCredit, String imageAlt,
                          List<String> sectionSlugs, List<String> tags, List<Byline> bylines,
                          LocalDateTime updatedAt, String language, String standfirst,
                          Picture picture, Translation translation, Long translationId) {

    /** The published article in the other edition that tells the same story (its page links to it). */
    public record Translation(String slug, LocalDateTime publishedAt, String language, String title) {
    }

    public static ArticleView of(Article article) {
        MediaItem image = article.getFeaturedImage();
        Edition edition = Edition.ofLanguage(article.getLanguage());
        Article other = article.getTranslation();
        Translation translation = other == null || !other.isPublished() ? null
                : new Translation(other.getSlug(), other.getPublishedAt(), other.getLanguage(), other.getTitle());
        return new ArticleView(article.getId(), article.getTitle(), article.getSlug(), article.excerpt(),
                article.getBody(), article.getAuthor().getDisplayName(),
                article.getSections().stream().map(section -> section.nameIn(edition)).toList(), article.getPublishedAt(),
                image == null ? null : image.path(), image == null ? null : image.getCaption(),
                image == null ? null : image.getCredit(), image == null ? null : image.getAltText(),
                article.getSections().stream().map(Section::getSlug).toList(), List.copyOf(article.getTags()),
                article.getBylines().stream().map(Byline::of).toList(),
                article.getUpdatedAt(), article.getLanguage(), article.getExplicitExcerpt(),
                image == null ? null : image.picture(), translation, other == null ? null : other.getId());
    }
}
