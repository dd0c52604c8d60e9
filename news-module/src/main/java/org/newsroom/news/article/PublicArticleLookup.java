package org.newsroom.news.article;

/**
 * What a public address leads to, with the same rules as {@link Articles#lookup}: the article,
 * its current slug (an old slug moved), gone (unpublished) or missing.
 */
public record PublicArticleLookup(ArticleLookup.Outcome outcome, PublicArticle article, String currentSlug) {

    static PublicArticleLookup found(PublicArticle article) {
        return new PublicArticleLookup(ArticleLookup.Outcome.FOUND, article, article.slug());
    }

    static PublicArticleLookup moved(String currentSlug) {
        return new PublicArticleLookup(ArticleLookup.Outcome.MOVED, null, currentSlug);
    }

    static PublicArticleLookup gone() {
        return new PublicArticleLookup(ArticleLookup.Outcome.GONE, null, null);
    }

    static PublicArticleLookup missing() {
        return new PublicArticleLookup(ArticleLookup.Outcome.MISSING, null, null);
    }
}
