package org.newsroom.news.article;

import java.util.List;

/**
 * One page of a public listing: its articles (newest first) and the heading to show (a section's or
 * author's name, a tag as written); {@code heading} is null when the key is unknown.
 */
public record ListingPage(String heading, List<ArticleTeaser> articles) {
}
