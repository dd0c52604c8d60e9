package org.newsroom.news.search;

import java.util.List;
import org.newsroom.news.article.ArticleTeaser;

/** One page of search results: teasers best match first, the total, and the terms to highlight. */
public record SearchResults(List<ArticleTeaser> articles, long total, SearchTerms terms) {
}
