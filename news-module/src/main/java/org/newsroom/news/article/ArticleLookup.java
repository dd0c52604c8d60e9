package org.newsroom.news.article;

/**
 * What a reader's address leads to: the article, a move to its current address (an old slug),
 * gone (it was published and has been unpublished), or nothing at all.
 */
public record ArticleLookup(Outcome outcome, ArticleView article, String currentSlug) {

    public enum Outcome {
        FOUND,
        MOVED,
        GONE,
        MISSING
    }

    static ArticleLookup found(ArticleView article) {
        return new ArticleLookup(Outcome.FOUND, article, article.slug());
    }

    static ArticleLookup moved(String currentSlug) {
        return new ArticleLookup(Outcome.MOVED, null, currentSlug);
    }

    static ArticleLookup gone() {
        return new ArticleLookup(Outcome.GONE, null, null);
    }

    static ArticleLookup missing() {
        return new ArticleLookup(Outcome.MISSING, null, null);
    }
}
