package org.newsroom.news.search;

import java.util.List;
import org.newsroom.news.article.ArticleTeaser;

/**
 * One page of search results: teasers best match first, the total, the terms to highlight, and whether the
 * index had every article (false while a new node's index is still being built: some may be missing).
 */
public record SearchResults(List<ArticleTeaser> articles, long total, SearchTerms terms, boolean complete) {

    public SearchResults(List<ArticleTeaser> articles, long total, SearchTerms terms) {
        this(articles, total, terms, true);
    }
}
