package org.newsroom.news.article;

/** Where an article stands in the editorial workflow; only PUBLISHED is visible to readers. */
public enum ArticleStatus {
    DRAFT,
    IN_REVIEW,
    SCHEDULED,
    PUBLISHED,
    UNPUBLISHED
}
