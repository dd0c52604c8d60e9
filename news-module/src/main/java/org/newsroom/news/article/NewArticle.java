package org.newsroom.news.article;

import java.util.List;

/** What staff submit to create an article. */
public record NewArticle(String title, String excerpt, String body, List<String> sectionSlugs) {

    public NewArticle {
        sectionSlugs = sectionSlugs == null ? List.of() : List.copyOf(sectionSlugs);
    }
}
