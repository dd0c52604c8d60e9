package org.newsroom.news.article;

/** What a public listing page lists: a section's, a tag's or an author's published articles. */
public enum ListingKind {
    SECTION,
    TAG,
    AUTHOR
}
